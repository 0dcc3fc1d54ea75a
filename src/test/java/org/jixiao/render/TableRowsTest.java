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
    void everyRowOfARunCarriesItsNameAndNumberAndTheRunClosesAtBothEnds() {
        List<TableRows.Row> rows = TableRows.of(List.of(row("产出指标", "数量指标"), row("产出指标", "数量指标"), row("产出指标", "数量指标")));
        assertThat(rows).extracting(r -> r.level2().name()).containsExactly("数量指标", "数量指标", "数量指标");
        assertThat(rows).extracting(r -> r.level2().run()).containsExactly(0, 0, 0);
        assertThat(rows).extracting(r -> r.level2().top()).containsExactly(true, false, false);
        assertThat(rows).extracting(r -> r.level2().bottom()).containsExactly(false, false, true);
    }

    @Test
    void runsAreNumberedThroughTheTableSoTheSameNameUnderAnother一级IsANewRun() {
        List<TableRows.Row> rows = TableRows.of(List.of(row("效益指标", "社会效益指标"), row("效益指标", "可持续影响指标"),
                row("满意度指标", "可持续影响指标"), row("满意度指标", "可持续影响指标")));
        assertThat(rows).extracting(r -> r.level1().run()).containsExactly(0, 0, 1, 1);
        assertThat(rows).extracting(r -> r.level2().run()).containsExactly(0, 1, 2, 2);
        assertThat(rows).extracting(r -> r.level2().top()).containsExactly(true, true, true, false);
        assertThat(rows).extracting(r -> r.level1().bottom()).containsExactly(false, true, false, true);
    }

    @Test
    void aSingleRowIsItsOwnRunWithBothBorders() {
        TableRows.Row only = TableRows.of(List.of(row("满意度指标", "服务对象满意度指标"))).get(0);
        assertThat(only.level1()).isEqualTo(new TableRows.Merge("满意度指标", 0, true, true));
        assertThat(only.level2()).isEqualTo(new TableRows.Merge("服务对象满意度指标", 0, true, true));
    }
}
