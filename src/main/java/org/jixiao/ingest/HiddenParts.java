package org.jixiao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jixiao.findings.Rule;

/**
 * The hidden rows of a sheet that hold something, and its hidden columns that hold something: read
 * like the others (a filer may hide rows to print a page, and what they hold is filed), and listed in
 * one 问题 so the analyst knows the sheet holds more than it shows.
 */
final class HiddenParts {

    private static final int NAMED = 10;

    private final List<Integer> rows = new ArrayList<>();
    private final TreeSet<Integer> columns = new TreeSet<>();

    /** Notes a non-blank row read: hidden itself, or with text in a hidden column. */
    void row(SheetCursor.SheetRow row, List<int[]> hiddenColumns) {
        if (row.hidden()) {
            rows.add(row.number());
        }
        for (int[] range : hiddenColumns) {
            for (int c = range[0]; c <= range[1] && c < row.cells().size(); c++) {
                String t = row.cells().get(c);
                if (t != null && !t.isBlank()) {
                    columns.add(c);
                }
            }
        }
    }

    void reset() {
        rows.clear();
        columns.clear();
    }

    /** The 问题 for the sheet, or null when nothing hidden held anything. */
    SourceProblem problem(String sheet) {
        if (rows.isEmpty() && columns.isEmpty()) {
            return null;
        }
        StringBuilder s = new StringBuilder("工作表「" + sheet + "」");
        if (!rows.isEmpty()) {
            s.append("第");
            for (int k = 0; k < Math.min(rows.size(), NAMED); k++) {
                s.append(k > 0 ? "、" : "").append(rows.get(k));
            }
            s.append(rows.size() > NAMED ? "等" + rows.size() + "行" : "行").append("是隐藏行");
        }
        if (!columns.isEmpty()) {
            s.append(rows.isEmpty() ? "" : "，").append("第");
            int k = 0;
            for (int c : columns) {
                if (k++ >= NAMED) {
                    s.append("等");
                    break;
                }
                s.append(k > 1 ? "、" : "").append(CsvRowSource.columnLetters(c));
            }
            s.append("列是隐藏列");
        }
        s.append("，其内容已照常读取；请确认这些内容应当报送（不应报送的请删除，而不是隐藏）");
        return new SourceProblem(Rule.HIDDEN_CONTENT, sheet, rows.isEmpty() ? 0 : rows.get(0), "", s.toString(), 0);
    }
}
