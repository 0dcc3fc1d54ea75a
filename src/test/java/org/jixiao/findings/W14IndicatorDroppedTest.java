package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.filing.Project;
import org.jixiao.filing.Projects;
import org.junit.jupiter.api.Test;

class W14IndicatorDroppedTest {

    @Test
    void aDeclaredIndicatorTheSelfEvaluationLeavesOutIsAProblemNamingItAndItsTarget() {
        Project self = Projects.selfEvaluation().scored("产出指标", "数量指标", "开展活动次数", "≥2次", "=3次", "90", "90", null).build();
        Project targets = Pairs.declared().build();
        assertThat(W14IndicatorDropped.check(self, IndicatorPairs.of(self, targets))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.INDICATOR_DROPPED);
            assertThat(f.severity()).isEqualTo(Severity.问题);
            assertThat(f.column()).isEqualTo("三级指标");
            assertThat(f.message()).isEqualTo("申报表中的三级指标「群众满意度」（满意度指标/服务对象满意度指标，指标值「≥90%」）在自评表中没有出现（申报表见 t.csv 第3行）");
        });
    }

    @Test
    void everyDeclaredIndicatorEvaluatedIsNoProblem() {
        Project self = Pairs.evaluated().build();
        assertThat(W14IndicatorDropped.check(self, IndicatorPairs.of(self, Pairs.declared().build()))).isEmpty();
    }
}
