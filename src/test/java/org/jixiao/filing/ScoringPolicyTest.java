package org.jixiao.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringPolicyTest {

    private final ScoringPolicy policy = ScoringPolicy.national();

    @Test
    void computesRateFundScoreTotalAndGrade() {
        Project p = Projects.selfEvaluation().budget("1127800", "498139.10", "498139.1").standardScores().build();
        Evaluation e = policy.evaluate(p);
        assertThat(e.executionRate()).isEqualByComparingTo("1");
        assertThat(e.initialRate()).isEqualByComparingTo("0.4416909913");
        assertThat(e.fundScore()).isEqualByComparingTo("10");
        assertThat(e.totalScore()).isEqualByComparingTo("100");
        assertThat(e.totalWeight()).isEqualByComparingTo("100");
        assertThat(e.grade()).isEqualTo(Grade.优);
    }

    @Test
    void fundScoreIsCappedAtTheWeight() {
        Project p = Projects.selfEvaluation().budget(null, "100", "120").standardScores().build();
        assertThat(policy.evaluate(p).fundScore()).isEqualByComparingTo("10");
        Project half = Projects.selfEvaluation().budget(null, "100", "50").standardScores().build();
        assertThat(policy.evaluate(half).fundScore()).isEqualByComparingTo("5");
    }

    @Test
    void missingFundWeightDefaultsToTen() {
        Project p = Projects.selfEvaluation().fundWeight(null).standardScores().build();
        assertThat(policy.evaluate(p).fundWeight()).isEqualByComparingTo("10");
    }

    @ParameterizedTest
    @CsvSource({"100,优", "90,优", "89.99,良", "80,良", "79.5,中", "60,中", "59.99,差", "0,差"})
    void gradesByTheNationalBands(String total, Grade grade) {
        assertThat(policy.grade(new BigDecimal(total))).isEqualTo(grade);
    }
}
