package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.filing.Projects;
import org.junit.jupiter.api.Test;

class I03PercentOnCountTest {

    @Test
    void aPercentOnACountIsAHint() {
        // seed 002: 常态化结对帮扶村居党组织数 ≥400.00(%)
        assertThat(I03PercentOnCount.check(Projects.targets().indicator("产出指标", "数量指标", "常态化结对帮扶村居党组织数", "≥40.00(%)").build()))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(Rule.PERCENT_ON_COUNT);
                    assertThat(f.severity()).isEqualTo(Severity.提示);
                    assertThat(f.message()).isEqualTo("三级指标「常态化结对帮扶村居党组织数」是计数，指标值「≥40.00(%)」却以%为单位，应为个、次、人等");
                });
    }

    @Test
    void aCountInItsOwnUnitOrAShareInPercentIsNoHint() {
        assertThat(I03PercentOnCount.check(Projects.targets().indicator("产出指标", "数量指标", "常态化结对帮扶村居党组织数", "≥40.00(个)").build()))
                .isEmpty();
        assertThat(I03PercentOnCount.check(Projects.targets().indicator("产出指标", "质量指标", "群众满意度", "≥90(%)").build())).isEmpty();
    }
}
