package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.filing.Projects;
import org.junit.jupiter.api.Test;

class I05NoQuantitativeOutputTest {

    @Test
    void noQuantitativeOutputIndicatorIsAHint() {
        assertThat(I05NoQuantitativeOutput.check(Projects.targets().indicator("产出指标", "质量指标", "规范性", "规范")
                .indicator("成本指标", "经济成本指标", "成本", "≤5(万元)").build())).singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(Rule.NO_QUANTITATIVE_OUTPUT);
                    assertThat(f.severity()).isEqualTo(Severity.提示);
                    assertThat(f.message()).isEqualTo("产出指标中没有可衡量的定量指标（如 ≥2.00(次)），建议至少设置一项");
                });
    }

    @Test
    void oneQuantitativeOutputOrNoIndicatorAtAllIsNoHint() {
        assertThat(I05NoQuantitativeOutput.check(Projects.targets().standardIndicators().build())).isEmpty();
        assertThat(I05NoQuantitativeOutput.check(Projects.targets().build())).isEmpty();
    }
}
