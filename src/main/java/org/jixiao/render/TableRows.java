package org.jixiao.render;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Indicator;

/**
 * The rows of an indicator table with what each draws of the merged 一级 and 二级 cells beside it. The
 * official form merges the cells of a run of rows with the same name; a printed row never splits, so
 * the merged cell is drawn row by row: its top border on the run's first row, its bottom border on the
 * last, its name once, in the middle row (or at the foot of the upper middle row of an even run, which
 * puts it on the centre line). A name so never splits over a page, and no cell is left at a page foot
 * without its row.
 */
final class TableRows {

    /** What a row draws of one merged cell: the name (in one row of the run only) and which borders. */
    record Merge(String name, String at, boolean top, boolean bottom) {
    }

    /** One 三级指标 row. */
    record Row(Indicator indicator, Merge level1, Merge level2) {
    }

    private TableRows() {
    }

    static List<Row> of(List<Indicator> indicators) {
        List<Row> rows = new ArrayList<>(indicators.size());
        for (Spans.Level1 l1 : Spans.of(indicators)) {
            int n1 = l1.runs().stream().mapToInt(r -> r.rows().size()).sum();
            int i1 = 0;
            for (Spans.Level2 l2 : l1.runs()) {
                int n2 = l2.rows().size();
                for (int i2 = 0; i2 < n2; i2++, i1++) {
                    rows.add(new Row(l2.rows().get(i2), merge(l1.name(), i1, n1), merge(l2.name(), i2, n2)));
                }
            }
        }
        return rows;
    }

    private static Merge merge(String name, int index, int size) {
        int middle = (size - 1) / 2;
        String at = index != middle ? null : size % 2 == 1 ? "middle" : "bottom";
        return new Merge(at == null ? null : name, at, index == 0, index == size - 1);
    }

    /** The fields every indicator-table template reads for the merged cells; null when {@code field} is another. */
    static Object mergeField(Row row, String field) {
        return switch (field) {
            case "level1" -> row.level1().name();
            case "level1At" -> row.level1().at();
            case "level1Top" -> row.level1().top();
            case "level1Bottom" -> row.level1().bottom();
            case "level2" -> row.level2().name();
            case "level2At" -> row.level2().at();
            case "level2Top" -> row.level2().top();
            case "level2Bottom" -> row.level2().bottom();
            default -> null;
        };
    }

    static boolean isMergeField(String field) {
        return field.startsWith("level1") || field.startsWith("level2");
    }
}
