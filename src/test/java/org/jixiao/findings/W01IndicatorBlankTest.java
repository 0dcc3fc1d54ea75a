package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.filing.Projects;
import org.junit.jupiter.api.Test;

class W01IndicatorBlankTest {

    @Test
    void blankCellsOfAnIndicatorRowAreOneProblemNamingThemAll() {
        assertThat(W01IndicatorBlank.check(Projects.targets().standardIndicators().indicator("产出指标", null, "验收合格率", "").build()))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(Rule.INDICATOR_BLANK);
                    assertThat(f.severity()).isEqualTo(Severity.问题);
                    assertThat(f.row()).isEqualTo(6);
                    assertThat(f.column()).isEqualTo("二级指标、指标值");
                    assertThat(f.message()).isEqualTo("指标行的「二级指标、指标值」为空（三级指标「验收合格率」），已按原样保留");
                });
    }

    @Test
    void aBlankActualValueOfASelfEvaluationIsAProblem() {
        assertThat(W01IndicatorBlank.check(Projects.selfEvaluation().scored("产出指标", "数量指标", "x", "及时", "", "10", "10", null).build()))
                .extracting(Finding::column).containsExactly("实际完成值");
    }

    @Test
    void wholeRowsAreNoProblem() {
        assertThat(W01IndicatorBlank.check(Projects.targets().standardIndicators().build())).isEmpty();
        assertThat(W01IndicatorBlank.check(Projects.selfEvaluation().standardScores().build())).isEmpty();
    }
}
