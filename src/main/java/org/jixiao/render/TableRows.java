package org.jixiao.render;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Indicator;

/**
 * The rows of an indicator table with what each draws of the merged 一级 and 二级 cells beside it. The
 * official form merges the cells of a run of rows with the same name; a printed row never splits, so
 * the merged cell is drawn row by row: its top border on the run's first row, its bottom border on the
 * last. Every row carries its run's name and number: the template prints the name in the run's first
 * row and again in the first row of every page the run continues on (Jasper knows where a page starts
 * only as it fills), and {@link MergedLabels} then centres each name on its run's rows of that page.
 * So every page names the runs it shows, and no row is parted from its labels.
 */
final class TableRows {

    /** A row's part of one merged cell: its run's name and number, and which borders it draws. */
    record Merge(String name, int run, boolean top, boolean bottom) {
    }

    /** One 三级指标 row. */
    record Row(Indicator indicator, Merge level1, Merge level2) {
    }

    private TableRows() {
    }

    static List<Row> of(List<Indicator> indicators) {
        List<Row> rows = new ArrayList<>(indicators.size());
        int run1 = 0;
        int run2 = 0;
        for (Spans.Level1 l1 : Spans.of(indicators)) {
            int n1 = l1.runs().stream().mapToInt(r -> r.rows().size()).sum();
            int i1 = 0;
            for (Spans.Level2 l2 : l1.runs()) {
                int n2 = l2.rows().size();
                for (int i2 = 0; i2 < n2; i2++, i1++) {
                    rows.add(new Row(l2.rows().get(i2), new Merge(l1.name(), run1, i1 == 0, i1 == n1 - 1),
                            new Merge(l2.name(), run2, i2 == 0, i2 == n2 - 1)));
                }
                run2++;
            }
            run1++;
        }
        return rows;
    }

    /** The fields every indicator-table template reads for the merged cells; null when {@code field} is another. */
    static Object mergeField(Row row, String field) {
        return switch (field) {
            case "level1" -> row.level1().name();
            case "level1Run" -> row.level1().run();
            case "level1Top" -> row.level1().top();
            case "level1Bottom" -> row.level1().bottom();
            case "level2" -> row.level2().name();
            case "level2Run" -> row.level2().run();
            case "level2Top" -> row.level2().top();
            case "level2Bottom" -> row.level2().bottom();
            default -> null;
        };
    }

    static boolean isMergeField(String field) {
        return field.startsWith("level1") || field.startsWith("level2");
    }
}
