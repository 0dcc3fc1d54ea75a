package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.filing.Project;
import org.jixiao.filing.Projects;
import org.junit.jupiter.api.Test;

class W09DeductionWithoutReasonTest {

    private static Project deducted(String reason) {
        return Projects.selfEvaluation().scored("产出指标", "时效指标", "完成及时性", "及时", "及时", "10", "9", reason).build();
    }

    @Test
    void pointsDeductedWithoutAReasonAreAProblem() {
        assertThat(W09DeductionWithoutReason.check(deducted(null))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.DEDUCTION_WITHOUT_REASON);
            assertThat(f.severity()).isEqualTo(Severity.问题);
            assertThat(f.column()).isEqualTo("偏差原因分析及改进措施");
            assertThat(f.message()).isEqualTo("扣了 1 分，但未填写偏差原因分析及改进措施（三级指标「完成及时性」）");
        });
    }

    @Test
    void aReasonOrNoDeductionIsNoProblem() {
        assertThat(W09DeductionWithoutReason.check(deducted("个别活动延期"))).isEmpty();
        assertThat(W09DeductionWithoutReason.check(Projects.selfEvaluation()
                .scored("产出指标", "质量指标", "资料完整", "完整", "完整", "0", "0", null).build())).isEmpty();
    }
}
