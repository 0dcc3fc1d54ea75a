package org.jixiao.ingest;

import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jixiao.filing.Text;
import org.jixiao.findings.F04ColumnMissing;
import org.jixiao.findings.F06SheetUnrecognised;
import org.jixiao.findings.F10FormUnreadable;

/**
 * A sheet held whole because it is no flat table (or its header lacks columns): read as printed forms
 * (shape 3) when it is one; otherwise said for what it is — a flat table missing columns (F04, its
 * rows rejected), a form that cannot be read (F10, a 错误: a project refused, not dropped), or a sheet
 * that is neither (F06, a 问题: a cover or notes hold no filing rows).
 */
final class HeldSheet {

    private final String file;
    private final String sheet;
    private final List<SheetCursor.SheetRow> rows;
    private final List<CellRangeAddress> merged;

    HeldSheet(String file, String sheet, List<SheetCursor.SheetRow> rows, List<CellRangeAddress> merged) {
        this.file = file;
        this.sheet = sheet;
        this.rows = rows;
        this.merged = merged;
    }

    /**
     * Hands on the sheet's rows and problems; each form's rows pass through {@code duplicates}, a new
     * unit per form, so a form met twice in the workbook is read once.
     */
    void interpret(HeaderState header, WorkbookDuplicates duplicates, Consumer<SourceItem> out) {
        if (rows.isEmpty()) {
            return;
        }
        FormSheets.Result form = FormSheets.read(file, new SheetGrid(sheet, List.copyOf(rows), List.copyOf(merged)));
        String damage = damage();
        if (form.recognised() && damage != null) {
            int count = form.items().stream().mapToInt(i -> i instanceof SourceProblem p ? p.rowsRejected() : 1).sum();
            out.accept(new SourceProblem(F10FormUnreadable.damaged(sheet, damage), count));
        } else if (form.recognised()) {
            for (List<SourceItem> one : form.forms()) {
                duplicates.newUnit();
                for (SourceItem item : one) {
                    if (item instanceof RawRow r) {
                        duplicates.accept(r, out);
                    } else {
                        out.accept(item);
                    }
                }
                duplicates.flush(out);
            }
        } else if (header.present() && !form.formLike()) {
            int count = (int) rows.stream().filter(r -> r.number() > header.row()).count();
            out.accept(new SourceProblem(F04ColumnMissing.sheet(sheet, header.row(), header.map().missing().stream().map(Enum::name).toList(),
                    header.map().kind().label(), header.damage()), count));
        } else if (form.formLike()) {
            out.accept(new SourceProblem(F10FormUnreadable.notRead(sheet, form.missing()), rows.size()));
        } else {
            out.accept(unrecognised(sheet, rows.size(), form.missing()));
        }
    }

    /**
     * A sheet that is neither a flat table nor a form (a cover, notes, a chart's data): a 问题 naming
     * it. Its rows are no filing's rows, so none is counted as rejected.
     */
    static SourceProblem unrecognised(String sheet, int rows, String why) {
        return new SourceProblem(F06SheetUnrecognised.notAFiling(sheet, rows, why), 0);
    }

    /** The damage of the held rows, row by row, or null when none. */
    private String damage() {
        StringBuilder s = null;
        for (SheetCursor.SheetRow r : rows) {
            if (r.damage() != null) {
                s = s == null ? new StringBuilder() : s.append("；");
                s.append("第").append(r.number()).append("行").append(r.damage());
            }
        }
        return s == null ? null : Text.shown(s.toString());
    }
}
