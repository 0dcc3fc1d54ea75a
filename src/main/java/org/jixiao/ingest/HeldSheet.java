package org.jixiao.ingest;

import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jixiao.filing.Text;
import org.jixiao.findings.Rule;

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
            out.accept(new SourceProblem(Rule.FORM_UNREADABLE, sheet, 0, "", "工作表「" + sheet + "」的表单有无法读取的单元格（"
                    + damage + "），该表单未导入", count));
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
            String names = header.map().missing().stream().map(Enum::name).reduce((a, b) -> a + "、" + b).orElse("");
            out.accept(new SourceProblem(Rule.COLUMN_MISSING, sheet, header.row(), names, "工作表「" + sheet + "」缺少必填列「" + names
                    + "」（" + header.map().kind().label() + "表）" + (header.damage() == null ? ""
                            : "（表头有无法读取的单元格：" + header.damage() + "）") + "，该表未导入", count));
        } else if (form.formLike()) {
            out.accept(new SourceProblem(Rule.FORM_UNREADABLE, sheet, 0, "", "工作表「" + sheet + "」是申报表或自评表，但未能读取："
                    + form.missing() + "；该表单的项目未导入，请对照模板检查表单的标签和顺序", rows.size()));
        } else {
            out.accept(unrecognised(sheet, rows.size(), form.missing()));
        }
    }

    /**
     * A sheet that is neither a flat table nor a form (a cover, notes, a chart's data): a 问题 naming
     * it. Its rows are no filing's rows, so none is counted as rejected.
     */
    static SourceProblem unrecognised(String sheet, int rows, String why) {
        return new SourceProblem(Rule.SHEET_UNRECOGNISED, sheet, 0, "",
                "工作表「" + sheet + "」（" + rows + "行）既不是明细表（未找到含 年度、主管部门、项目名称、一级指标 等列的表头），也不是申报表或自评表：" + why
                        + "；该表未导入", 0);
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
