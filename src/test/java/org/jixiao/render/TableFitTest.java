package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.Collections;
import java.util.List;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.SourceRef;
import org.jixiao.filing.TargetValue;
import org.junit.jupiter.api.Test;

class TableFitTest {

    private static final Font FONT = Fonts.require(DefaultJasperReportsContext.getInstance()).getNormalFace().getFont();
    private static final String LONG = "服务对象满意度指标（群众及服务单位）";

    private static TableFit self() {
        Templates t = TestReports.get().templates();
        return TableFit.of(FONT, t.report("self-indicators"), t.report("self-span"));
    }

    private static Spans.Level2 run(String name, int rows) {
        Indicator i = new Indicator(new SourceRef("f.csv", null, 1), "满意度指标", name, "x", TargetValue.parse("及时"), null, null,
                null, null);
        return new Spans.Level2(name, Collections.nCopies(rows, i));
    }

    @Test
    void everyStandardSecondLevelNameFitsOnOneLineOfTheSelfEvaluationForm() {
        CellFit cell = CellFit.of(FONT, TestReports.get().templates().report("self-span"), "level2");
        for (String name : List.of("经济成本指标", "社会成本指标", "生态环境成本指标", "数量指标", "质量指标", "时效指标", "经济效益指标",
                "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标")) {
            assertThat(cell.wraps(name)).as(name).isFalse();
        }
        assertThat(cell.wraps(LONG)).isTrue();
    }

    @Test
    void aShortRunWhoseNameWrapsIsKeptOnOnePageAndSoIsItsFirstLevel() {
        TableFit fit = self();
        assertThat(fit.keep(run(LONG, 3))).isTrue();
        assertThat(fit.keep(run(LONG, TableFit.KEEP_MAX_ROWS + 1))).as("too long to move").isFalse();
        assertThat(fit.keep(run("数量指标", 3))).isFalse();
        assertThat(fit.keep(new Spans.Level1("满意度指标", List.of(run(LONG, 2))))).isTrue();
        assertThat(fit.keep(new Spans.Level1("满意度指标", List.of(run("数量指标", 2), run(LONG, 2))))).isFalse();
    }
}
