package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.filing.Project;
import org.jixiao.filing.Projects;
import org.jixiao.filing.ScoringPolicy;
import org.junit.jupiter.api.Test;

class W10WeightsNot100Test {

    private static final ScoringPolicy POLICY = ScoringPolicy.national();

    private static java.util.List<Finding> check(Project p) {
        return W10WeightsNot100.check(p, POLICY.evaluate(p));
    }

    @Test
    void weightsThatDoNotAddUpToHundredAreAProblem() {
        assertThat(check(Projects.selfEvaluation().standardScores().fundWeight("5").build())).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.WEIGHTS_NOT_100);
            assertThat(f.severity()).isEqualTo(Severity.问题);
            assertThat(f.column()).isEqualTo("分值");
            assertThat(f.message()).isEqualTo("资金分值与各项分值合计为 95，应为100");
        });
    }

    @Test
    void theStandardWeightsAddUp() {
        assertThat(check(Projects.selfEvaluation().standardScores().build())).isEmpty();
    }
}
