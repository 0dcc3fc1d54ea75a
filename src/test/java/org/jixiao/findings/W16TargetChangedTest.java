package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.filing.Project;
import org.jixiao.filing.Projects;
import org.jixiao.filing.TargetValue;
import org.junit.jupiter.api.Test;

class W16TargetChangedTest {

    @Test
    void aTargetOtherThanTheOneDeclaredIsAProblemNamingBoth() {
        Project self = Projects.selfEvaluation().scored("产出指标", "数量指标", "开展活动次数", "≥1次", "=3次", "80", "80", null)
                .scored("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "=96%", "10", "10", null).build();
        Project targets = Pairs.declared().build();
        assertThat(W16TargetChanged.check(IndicatorPairs.of(self, targets))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.TARGET_CHANGED);
            assertThat(f.severity()).isEqualTo(Severity.问题);
            assertThat(f.row()).isEqualTo(2);
            assertThat(f.column()).isEqualTo("年度指标值");
            assertThat(f.message()).isEqualTo("三级指标「开展活动次数」的年度指标值「≥1次」与申报表的指标值「≥2次」不同（申报表见 t.csv 第2行）");
        });
    }

    @Test
    void theSameTargetWrittenAnotherWayIsTheSame() {
        Project self = Pairs.evaluated().build();
        assertThat(W16TargetChanged.check(IndicatorPairs.of(self, Pairs.declared().build()))).isEmpty();
        assertThat(W16TargetChanged.sameValue(TargetValue.parse("≥95%"), TargetValue.parse(">=95.00(%)"))).isTrue();
        assertThat(W16TargetChanged.sameValue(TargetValue.parse("2次"), TargetValue.parse("≥2次"))).as("exact is no floor").isFalse();
        assertThat(W16TargetChanged.sameValue(TargetValue.parse("及时"), TargetValue.parse(" 及 时"))).isTrue();
    }
}
