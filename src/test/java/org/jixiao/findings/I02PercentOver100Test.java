package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.filing.Projects;
import org.junit.jupiter.api.Test;

class I02PercentOver100Test {

    @Test
    void aPercentOverHundredIsAHint() {
        assertThat(I02PercentOver100.check(Projects.targets().indicator("产出指标", "数量指标", "完成率", "≥400.00(%)").build()))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(Rule.PERCENT_OVER_100);
                    assertThat(f.severity()).isEqualTo(Severity.提示);
                    assertThat(f.column()).isEqualTo("指标值");
                    assertThat(f.message()).isEqualTo("指标值「≥400.00(%)」的百分比超过100%");
                });
    }

    @Test
    void anAchievedValueOverHundredIsAHintToo() {
        assertThat(I02PercentOver100.check(Projects.selfEvaluation().scored("产出指标", "数量指标", "完成率", "≥95%", "=120%", "10", "10", null)
                .build())).extracting(Finding::column).containsExactly("实际完成值");
    }

    @Test
    void aHundredPercentIsNoHint() {
        assertThat(I02PercentOver100.check(Projects.targets().indicator("产出指标", "数量指标", "完成率", "=100.00(%)").build())).isEmpty();
    }
}
