package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.filing.Projects;
import org.junit.jupiter.api.Test;

class I06RepeatedIndicatorTest {

    @Test
    void aRepeatedLevelThreeIsAHintAtItsSecondRow() {
        assertThat(I06RepeatedIndicator.check(Projects.targets().standardIndicators()
                .indicator("产出指标", "数量指标", "开展活动 数量", "≥3.00(次)").build())).singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(Rule.REPEATED_INDICATOR);
                    assertThat(f.severity()).isEqualTo(Severity.提示);
                    assertThat(f.row()).isEqualTo(6);
                    assertThat(f.message()).isEqualTo("三级指标「开展活动 数量」与第3行重复");
                });
    }

    @Test
    void distinctLevelThreesAreNoHint() {
        assertThat(I06RepeatedIndicator.check(Projects.targets().standardIndicators().build())).isEmpty();
    }
}
