package org.jixiao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jixiao.findings.F11HiddenContent;
import org.jixiao.findings.FileFinding;

/**
 * The hidden rows of a sheet that hold something, and its hidden columns that hold something: read
 * like the others (a filer may hide rows to print a page, and what they hold is filed), and listed in
 * one 问题 so the analyst knows the sheet holds more than it shows.
 */
final class HiddenParts {

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

    /** The 问题 (F11) for the sheet, or null when nothing hidden held anything. */
    SourceProblem problem(String sheet) {
        FileFinding f = F11HiddenContent.hiddenParts(sheet, rows, columns.stream().map(CsvRowSource::columnLetters).toList());
        return f == null ? null : new SourceProblem(f, 0);
    }
}
