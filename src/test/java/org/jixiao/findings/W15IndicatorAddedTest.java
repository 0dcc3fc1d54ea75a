package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.filing.Project;
import org.junit.jupiter.api.Test;

class W15IndicatorAddedTest {

    @Test
    void anIndicatorTheTargetsDidNotDeclareIsAProblemAtItsRow() {
        Project self = Pairs.evaluated().scored("效益指标", "社会效益指标", "政策知晓率", "≥80%", "=85%", "0", "0", null).build();
        Project targets = Pairs.declared().build();
        assertThat(W15IndicatorAdded.check(targets, IndicatorPairs.of(self, targets))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.INDICATOR_ADDED);
            assertThat(f.severity()).isEqualTo(Severity.问题);
            assertThat(f.row()).isEqualTo(4);
            assertThat(f.message()).isEqualTo("自评表中的三级指标「政策知晓率」（年度指标值「≥80%」）不在2025年度的申报表中");
        });
    }

    @Test
    void anIndicatorFiledUnderAnotherSecondLevelIsStillDeclared() {
        Project self = Pairs.evaluated().build();
        Project targets = Pairs.declared().build();
        Project moved = org.jixiao.filing.Projects.selfEvaluation()
                .scored("产出指标", "质量指标", "开展活动次数", "≥2次", "=3次", "80", "80", null)
                .scored("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "=96%", "10", "10", null).build();
        assertThat(W15IndicatorAdded.check(targets, IndicatorPairs.of(self, targets))).isEmpty();
        assertThat(W15IndicatorAdded.check(targets, IndicatorPairs.of(moved, targets))).isEmpty();
    }
}
