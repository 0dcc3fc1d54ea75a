package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.filing.Project;
import org.jixiao.filing.Projects;
import org.jixiao.filing.ScoringPolicy;
import org.junit.jupiter.api.Test;

class I07RateOver100Test {

    private static java.util.List<Finding> check(Project p) {
        return I07RateOver100.check(p, ScoringPolicy.national().evaluate(p));
    }

    @Test
    void spendingMoreThanTheBudgetIsAHint() {
        assertThat(check(Projects.selfEvaluation().budget(null, "100", "101").standardScores().build())).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.RATE_OVER_100);
            assertThat(f.severity()).isEqualTo(Severity.提示);
            assertThat(f.message()).isEqualTo("执行率 101.00% 超过100%：全年执行数大于全年预算数");
        });
    }

    @Test
    void spendingTheBudgetIsNoHint() {
        assertThat(check(Projects.selfEvaluation().budget(null, "100", "100").standardScores().build())).isEmpty();
    }
}
