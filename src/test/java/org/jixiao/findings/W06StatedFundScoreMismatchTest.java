package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.filing.Project;
import org.jixiao.filing.Projects;
import org.jixiao.filing.ScoringPolicy;
import org.junit.jupiter.api.Test;

class W06StatedFundScoreMismatchTest {

    private static final ScoringPolicy POLICY = ScoringPolicy.national();

    private static java.util.List<Finding> check(Project p) {
        return W06StatedFundScoreMismatch.check(p, POLICY.evaluate(p));
    }

    @Test
    void aStatedFundScoreOtherThanTheComputedOneIsAProblem() {
        assertThat(check(Projects.selfEvaluation().budget(null, "100", "95").standardScores().stated(null, "9", null, null).build()))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(Rule.STATED_FUND_SCORE_MISMATCH);
                    assertThat(f.severity()).isEqualTo(Severity.问题);
                    assertThat(f.message()).isEqualTo("填报的资金得分 9 与计算值 9.5 不符");
                });
    }

    @Test
    void aStatedFundScoreMatchesAtThePlacesWritten() {
        assertThat(check(Projects.selfEvaluation().budget(null, "300", "299").standardScores().stated(null, "10", null, null).build()))
                .isEmpty();
        assertThat(check(Projects.selfEvaluation().budget(null, "300", "299").standardScores().stated(null, "9.97", null, null).build()))
                .isEmpty();
    }
}
