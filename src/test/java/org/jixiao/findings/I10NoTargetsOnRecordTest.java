package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class I10NoTargetsOnRecordTest {

    @Test
    void aSelfEvaluationWithoutItsTargetsIsAHintWhenTheDepartmentFiledOthers() {
        assertThat(I10NoTargetsOnRecord.check(Pairs.evaluated().build(), List.of(Pairs.declared().name("培训项目").build())))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(Rule.NO_TARGETS_ON_RECORD);
                    assertThat(f.severity()).isEqualTo(Severity.提示);
                    assertThat(f.message()).isEqualTo("本部门报送了2025年度的绩效目标，但其中没有与本项目对应的申报表（按项目编码或项目名称对照），自评无法与目标核对");
                });
    }

    @Test
    void aDepartmentThatFiledNoTargetsIsNotToldPerProject() {
        assertThat(I10NoTargetsOnRecord.check(Pairs.evaluated().build(), List.of())).isEmpty();
    }

    @Test
    void aSelfEvaluationWithItsTargetsIsPairedAndNotThisRule() {
        assertThat(TargetsCheck.check(List.of(Pairs.evaluated().build()), List.of(Pairs.declared().build())).findings()).isEmpty();
    }
}
