package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.SourceRef;
import org.jixiao.filing.TargetValue;
import org.junit.jupiter.api.Test;

class TableRowsTest {

    private static Indicator row(String l1, String l2) {
        return new Indicator(new SourceRef("f.csv", null, 1), l1, l2, "x", TargetValue.parse("及时"), null, null, null, null);
    }

    @Test
    void aRunOfThreeRowsNamesItselfInTheMiddleRowAndClosesAtBothEnds() {
        List<TableRows.Row> rows = TableRows.of(List.of(row("产出指标", "数量指标"), row("产出指标", "数量指标"), row("产出指标", "数量指标")));
        assertThat(rows).extracting(r -> r.level2().name()).containsExactly(null, "数量指标", null);
        assertThat(rows).extracting(r -> r.level2().at()).containsExactly(null, "middle", null);
        assertThat(rows).extracting(r -> r.level2().top()).containsExactly(true, false, false);
        assertThat(rows).extracting(r -> r.level2().bottom()).containsExactly(false, false, true);
    }

    @Test
    void anEvenRunPutsItsNameOnTheCentreLineAtTheFootOfTheUpperMiddleRow() {
        List<TableRows.Row> rows = TableRows.of(List.of(row("效益指标", "社会效益指标"), row("效益指标", "社会效益指标"),
                row("效益指标", "可持续影响指标"), row("效益指标", "可持续影响指标")));
        assertThat(rows).extracting(r -> r.level1().at()).containsExactly(null, "bottom", null, null);
        assertThat(rows).extracting(r -> r.level2().at()).containsExactly("bottom", null, "bottom", null);
        assertThat(rows).extracting(r -> r.level2().top()).containsExactly(true, false, true, false);
    }

    @Test
    void aSingleRowIsItsOwnRunWithBothBorders() {
        TableRows.Row only = TableRows.of(List.of(row("满意度指标", "服务对象满意度指标"))).get(0);
        assertThat(only.level1()).isEqualTo(new TableRows.Merge("满意度指标", "middle", true, true));
        assertThat(only.level2()).isEqualTo(new TableRows.Merge("服务对象满意度指标", "middle", true, true));
    }
}
