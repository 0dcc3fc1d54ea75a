package org.jixiao.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.filing.Column;
import org.jixiao.findings.E07ProjectDuplicate;

/**
 * The same project twice in one workbook — a sheet copied, a form printed twice — is E07
 * ({@link E07ProjectDuplicate} words it), as across files: the first occurrence in the workbook's order is read, every later one is rejected whole with
 * one 错误 naming where the first is, never merged into it with its indicators doubled. Rows of one
 * project interrupted by another's in the same flat sheet are still one project (filings.md §3); a
 * project met again on another sheet, or in another form, is the duplicate.
 *
 * <p>Keys are assigned with {@link ProjectKeys}, as the import assigns them, so what counts as the
 * same project here is what would have been merged there.
 */
final class WorkbookDuplicates {

    /** Where a project was first met: its sheet, row, and the unit (a sheet, or a form in a sheet) it belongs to. */
    private record First(String sheet, int row, int unit) {
    }

    private final ProjectKeys keys = new ProjectKeys();
    private final Map<String, First> met = new HashMap<>();
    private int unit;
    /** The duplicate being collected: its key, where its first occurrence is, and its rows. */
    private String dupKey;
    private First dupOf;
    private final List<RawRow> dupRows = new ArrayList<>();

    /** A new unit begins: a sheet, or one form of a sheet of stacked forms. */
    void newUnit() {
        unit++;
    }

    /**
     * Passes a row on ({@code out} gets it) unless its project was met in an earlier unit; then the
     * row joins the duplicate being collected. A finished duplicate's 错误 goes to {@code out} too.
     */
    void accept(RawRow row, java.util.function.Consumer<SourceItem> out) {
        String key = keys.assign(row);
        First first = met.putIfAbsent(key, new First(row.source().sheet(), row.source().row(), unit));
        if (first == null || first.unit() == unit) {
            flush(out);
            out.accept(row);
            return;
        }
        if (!key.equals(dupKey)) {
            flush(out);
            dupKey = key;
            dupOf = first;
        }
        dupRows.add(row);
    }

    /** Ends the duplicate being collected, if any, with its one 错误. */
    void flush(java.util.function.Consumer<SourceItem> out) {
        if (dupRows.isEmpty()) {
            return;
        }
        RawRow r = dupRows.get(0);
        out.accept(new SourceProblem(E07ProjectDuplicate.inWorkbook(r.source().sheet(), r.source().row(), r.get(Column.项目编码),
                r.get(Column.项目名称), dupOf.sheet(), dupOf.row(), dupRows.size()), dupRows.size()));
        dupRows.clear();
        dupKey = null;
    }
}
