package org.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.filing.Column;
import org.jixiao.filing.FiledRow;
import org.jixiao.filing.Kind;
import org.jixiao.filing.SourceRef;
import org.junit.jupiter.api.Test;

class BlockCodecTest {

    private static FiledRow row(int seq, int line, String department, String indicator) {
        String[] cells = new String[Column.values().length];
        cells[Column.主管部门.ordinal()] = department;
        cells[Column.年度.ordinal()] = "2025";
        cells[Column.三级指标.ordinal()] = indicator;
        return new FiledRow(7, seq, new SourceRef("a.csv", "", line), Kind.TARGETS, "k", cells);
    }

    @Test
    void rowsComeBackAsFiledWithRepeatedProjectCellsLeftBlank() {
        List<FiledRow> rows = List.of(row(3, 12, "松江区委组织部", "培训人次"), row(4, 13, "松江区委组织部", "满意度"));
        List<FiledRow> back = BlockCodec.decode(BlockCodec.encode(rows), BlockCodec.Layout.current(), 7, "a.csv", "", Kind.TARGETS, "k", 3);
        assertThat(back).hasSize(2);
        assertThat(back.get(0).cells()).containsExactly(rows.get(0).cells());
        assertThat(back.get(1).source().row()).isEqualTo(13);
        assertThat(back.get(1).seq()).isEqualTo(4);
        assertThat(back.get(1).get(Column.三级指标)).isEqualTo("满意度");
        assertThat(back.get(1).get(Column.主管部门)).as("a blank repeats the first row's value").isNull();
    }

    @Test
    void theSeparatorsCannotBreakABlock() {
        List<FiledRow> rows = List.of(row(1, 2, "部门", "a\u001Fb\u001Ec"));
        List<FiledRow> back = BlockCodec.decode(BlockCodec.encode(rows), BlockCodec.Layout.current(), 7, "a.csv", "", Kind.TARGETS, "k", 1);
        assertThat(back).hasSize(1);
        assertThat(back.get(0).get(Column.三级指标)).isEqualTo("a b c");
        assertThat(back.get(0).get(Column.主管部门)).isEqualTo("部门");
    }
}
