package org.jixiao.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jixiao.filing.Column;
import org.jixiao.filing.Kind;
import org.jixiao.filing.SourceRef;
import org.jixiao.filing.Text;
import org.jixiao.findings.E03NameMissing;

/**
 * Reads one printed form (rows {@code [from, to)} of a sheet) into the rows a flat table would
 * give: one per indicator, the project's columns repeated on each, each pointing at the indicator's
 * own row. A form without indicators still gives one row, so the project is not silently lost.
 */
final class FormReader {

    /** What a form gives (its rows, or one problem), or what is missing for it to be a form (in Chinese, for the filer). */
    record Outcome(List<SourceItem> items, String missing) {
    }

    private final String file;
    private final FormGrid grid;
    private final int from;
    private final int to;

    FormReader(String file, FormGrid grid, int from, int to) {
        this.file = file;
        this.grid = grid;
        this.from = from;
        this.to = to;
    }

    Outcome read() {
        IndicatorTable.Header header = IndicatorTable.find(grid, from, to);
        int nameRow = FormSheets.nameLabelRow(grid, from, header == null ? to : header.row());
        if (header == null) {
            return new Outcome(null, nameRow < 0
                    ? "未找到「项目名称」等表头标签，也未找到指标表（一级指标、二级指标、三级指标、指标值）"
                    : "有「项目名称」，但未找到指标表的表头（一级指标、二级指标、三级指标、年度(/项目)指标值）");
        }
        if (nameRow < 0) {
            return new Outcome(null, "有指标表，但其上方未找到「项目名称」「主管部门」等表头标签");
        }
        Kind titled = kindOf(header);
        if (titled != header.kind()) {
            IndicatorTable.Header forced = IndicatorTable.headerAt(grid, header.row(), titled);
            header = forced != null ? forced : header;
        }
        Kind kind = header.kind();
        FormLabelValues labels = new FormLabelValues(grid, kind, from, header.row());
        Map<Column, String> project = new EnumMap<>(Column.class);
        project.putAll(labels.read());
        if (kind == Kind.SELF_EVALUATION) {
            project.putAll(new SelfEvaluationBlocks(grid, from, header.row()).read(labels));
        }
        IndicatorTable.Table table = IndicatorTable.read(grid, header, to);
        project.putAll(table.totals());
        List<SourceItem> rows = new ArrayList<>();
        for (IndicatorTable.Line line : table.lines()) {
            rows.add(row(kind, project, line.cells(), line.number()));
        }
        if (rows.isEmpty()) {
            rows.add(row(kind, project, Map.of(), grid.number(header.row())));
        }
        if (project.get(Column.项目名称) == null) {
            return new Outcome(List.of(unnamed(nameRow, rows.size())), null);
        }
        return new Outcome(rows, null);
    }

    /**
     * A form whose 项目名称 was left blank is rejected whole, with one finding: its rows have nothing to
     * tie them together (a flat row without a name is a project of its own), so passing them on would
     * report the same missing name once per indicator.
     */
    private SourceProblem unnamed(int nameRow, int rows) {
        return new SourceProblem(E03NameMissing.unnamedForm(grid.sheet(), grid.number(nameRow), rows), rows);
    }

    /**
     * The title says which form it is; without a title the header does (实际完成值, 分值, 得分 are
     * only on the 自评表). A 自评表 whose header lost those columns is still a 自评表, and its
     * project is then rejected for the missing scores rather than silently read as targets.
     */
    private Kind kindOf(IndicatorTable.Header header) {
        for (int i = from; i < header.row(); i++) {
            for (int c = 0; c < grid.width(i); c++) {
                String t = Text.squeeze(grid.text(i, c));
                if (t.length() <= 40 && t.contains("自评表")) {
                    return Kind.SELF_EVALUATION;
                }
                if (t.length() <= 40 && t.contains("申报表")) {
                    return Kind.TARGETS;
                }
            }
        }
        return header.kind();
    }

    private RawRow row(Kind kind, Map<Column, String> project, Map<Column, String> indicator, int number) {
        String[] cells = new String[Column.values().length];
        project.forEach((c, v) -> cells[c.ordinal()] = c.belongsTo(kind) ? v : null);
        indicator.forEach((c, v) -> cells[c.ordinal()] = c.belongsTo(kind) ? v : null);
        return new RawRow(new SourceRef(file, grid.sheet(), number), kind, cells);
    }
}
