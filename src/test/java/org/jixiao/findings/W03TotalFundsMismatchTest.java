package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.filing.Projects;
import org.junit.jupiter.api.Test;

class W03TotalFundsMismatchTest {

    @Test
    void aTotalOtherThanFiscalPlusOtherIsAProblem() {
        assertThat(W03TotalFundsMismatch.check(Projects.targets().total("18000", "10000", "0").build())).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.TOTAL_FUNDS_MISMATCH);
            assertThat(f.severity()).isEqualTo(Severity.问题);
            assertThat(f.message()).isEqualTo("项目资金总额 18,000.00 元 ≠ 财政资金 + 其他资金 = 10,000.00 元（相差 8,000.00 元）");
        });
    }

    @Test
    void aBlankPartCountsAsZeroAndNoTotalIsNothingToCheck() {
        // seed 000 党代表工作经费: 财政资金 blank, 其他资金 18,000
        assertThat(W03TotalFundsMismatch.check(Projects.targets().total("18000", null, "18000").build())).isEmpty();
        assertThat(W03TotalFundsMismatch.check(Projects.targets().total(null, "5", "5").build())).isEmpty();
    }
}
