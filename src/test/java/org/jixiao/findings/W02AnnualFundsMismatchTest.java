package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.filing.Projects;
import org.junit.jupiter.api.Test;

class W02AnnualFundsMismatchTest {

    @Test
    void anAnnualAmountOtherThanItsPartsIsAProblem() {
        assertThat(W02AnnualFundsMismatch.check(Projects.targets().annual("2030000", "2000000", "0", "0").build())).singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(Rule.ANNUAL_FUNDS_MISMATCH);
                    assertThat(f.severity()).isEqualTo(Severity.问题);
                    assertThat(f.column()).isEqualTo("年度资金申请总额");
                    assertThat(f.message()).isEqualTo("年度资金申请总额 2,030,000.00 元 ≠ 当年财政拨款 + 上年结转资金 + 其他资金 = 2,000,000.00 元"
                            + "（相差 30,000.00 元）");
                });
    }

    @Test
    void partsThatAddUpOrAreNotFiledAreNoProblem() {
        // seed 002 活动项目: 7,140,100 + 0 + 1,013,800 = 8,153,900
        assertThat(W02AnnualFundsMismatch.check(Projects.targets().annual("8153900", "7140100", "0", "1013800").build())).isEmpty();
        assertThat(W02AnnualFundsMismatch.check(Projects.targets().annual("2030000", null, null, null).build())).isEmpty();
    }
}
