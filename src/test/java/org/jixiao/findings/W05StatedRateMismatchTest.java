package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.filing.Project;
import org.jixiao.filing.Projects;
import org.jixiao.filing.ScoringPolicy;
import org.junit.jupiter.api.Test;

class W05StatedRateMismatchTest {

    private static final ScoringPolicy POLICY = ScoringPolicy.national();

    private static java.util.List<Finding> check(Project p) {
        return W05StatedRateMismatch.check(p, POLICY.evaluate(p));
    }

    @Test
    void aStatedRateOtherThanTheComputedOneIsAProblem() {
        assertThat(check(Projects.selfEvaluation().standardScores().stated("0.9000", null, null, null).build())).singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(Rule.STATED_RATE_MISMATCH);
                    assertThat(f.severity()).isEqualTo(Severity.问题);
                    assertThat(f.column()).isEqualTo("执行率");
                    assertThat(f.message()).isEqualTo("填报的执行率 90.00% 与计算值 100.00%（全年执行数 ÷ 全年预算数）不符");
                });
    }

    @Test
    void aStatedRateMatchesAtThePlacesWritten() {
        assertThat(check(Projects.selfEvaluation().budget(null, "300", "299.99").standardScores().stated("1.0000", null, null, null).build()))
                .isEmpty();
        assertThat(check(Projects.selfEvaluation().standardScores().build())).as("none stated").isEmpty();
    }

    @Test
    void theComparisonIsAtTwoPlacesOfPercentAtLeast() {
        assertThat(W05StatedRateMismatch.differs(new BigDecimal("0.96"), new BigDecimal("0.956"))).isTrue();
        assertThat(W05StatedRateMismatch.differs(BigDecimal.ONE, new BigDecimal("0.95"))).isTrue();
        assertThat(W05StatedRateMismatch.differs(BigDecimal.ONE, new BigDecimal("0.99996"))).isFalse();
        assertThat(W05StatedRateMismatch.differs(new BigDecimal("0.956"), new BigDecimal("0.95604"))).isFalse();
        assertThat(W05StatedRateMismatch.differs(new BigDecimal("0.956"), new BigDecimal("0.9564"))).as("95.6% is 95.60%").isTrue();
        assertThat(W05StatedRateMismatch.differs(new BigDecimal("0.95634"), new BigDecimal("0.9564"))).isTrue();
    }
}
