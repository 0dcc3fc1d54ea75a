package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.filing.Projects;
import org.junit.jupiter.api.Test;

class I04NoUnitTest {

    @Test
    void aQuantitativeTargetWithoutUnitIsAHint() {
        assertThat(I04NoUnit.check(Projects.targets().indicator("产出指标", "数量指标", "培训", "12").build())).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.NO_UNIT);
            assertThat(f.severity()).isEqualTo(Severity.提示);
            assertThat(f.message()).isEqualTo("指标值「12」是数值但没有单位（如 次、人、%），建议写明");
        });
    }

    @Test
    void aUnitOrAQualitativeTargetOrAnAchievedValueWithoutUnitIsNoHint() {
        assertThat(I04NoUnit.check(Projects.targets().indicator("产出指标", "数量指标", "培训", "12次").build())).isEmpty();
        assertThat(I04NoUnit.check(Projects.targets().indicator("产出指标", "质量指标", "培训", "规范").build())).isEmpty();
        assertThat(I04NoUnit.check(Projects.selfEvaluation().scored("产出指标", "数量指标", "培训", "12次", "12", "10", "10", null).build()))
                .isEmpty();
    }
}
