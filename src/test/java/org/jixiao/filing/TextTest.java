package org.jixiao.filing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void squeezeDropsEveryKindOfSpaceAfterMakingItHalfWidth() {
        assertThat(Text.squeeze(" 项目资金\n（元）\t")).isEqualTo("项目资金(元)");
        assertThat(Text.squeeze("其中:\u3000财政资金\u00A0\uFEFF")).isEqualTo("其中:财政资金");
        assertThat(Text.squeeze("年度(/项目)指标值")).isEqualTo("年度(/项目)指标值");
        assertThat(Text.squeeze("ＡＢ Ｃ")).isEqualTo("ABC");
        assertThat(Text.squeeze("≥９５．００（％）")).isEqualTo("≥95.00(%)");
        assertThat(Text.squeeze(null)).isEmpty();
        String plain = "三级指标";
        assertThat(Text.squeeze(plain)).isSameAs(plain);
    }
}
