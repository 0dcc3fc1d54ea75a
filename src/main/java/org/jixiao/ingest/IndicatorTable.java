package org.jixiao.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jixiao.filing.Column;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Table;
import org.jixiao.filing.Text;

/**
 * The 绩效指标 table of a form: found by its header row, read down to the 总分 row or the table's end.
 * 一级/二级 are printed once per merged span, so a blank one inherits the row above (a new 一级
 * starts its 二级 afresh). A page break that repeats the header, page numbers and notes are skipped;
 * the signature lines under the form end it.
 */
final class IndicatorTable {

    /** The header row: its kind, and the columns each indicator column spans. */
    record Header(int row, Kind kind, Map<Column, int[]> spans) {
    }

    /** One indicator row: its Excel row number and its cells, 一级/二级 filled in. */
    record Line(int number, Map<Column, String> cells) {
    }

    /** The rows read and the 总分/总得分 of a self-evaluation's 总分 row. */
    record Table(List<Line> lines, Map<Column, String> totals) {
    }

    private static final Set<Column> SELF_ONLY = Set.of(Column.实际完成值, Column.分值, Column.得分, Column.偏差原因分析及改进措施);
    private static final Set<String> TOTAL = Set.of("总分", "合计", "总计", "总分合计");
    private static final List<String> FOOTER = List.of("填表人", "填报人", "联系人", "联系电话", "单位负责人", "部门负责人",
            "财务负责人", "项目负责人", "审核人", "填报日期", "填表日期", "单位(盖章)", "单位盖章");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:[-—–]+\\d+[-—–]+|第\\d+页(?:/?共\\d+页)?|\\d+/\\d+)$");
    private static final Pattern NOTE = Pattern.compile("^(?:注\\d*:|注\\d+|备注|说明:|填表说明|填报说明).*");

    private IndicatorTable() {
    }

    /** The first header row in {@code [from, to)}, or null. */
    static Header find(FormGrid grid, int from, int to) {
        for (int i = from; i < to; i++) {
            Header h = headerAt(grid, i);
            if (h != null) {
                return h;
            }
        }
        return null;
    }

    /**
     * Row {@code i} as a header: 一级、二级、三级指标 and a 指标值 column. A row that also names project
     * columns (项目名称, 主管部门 …) is the header of a flat table, not of a form.
     */
    static Header headerAt(FormGrid grid, int i) {
        return headerAt(grid, i, null);
    }

    /** Row {@code i} as a header of a form of {@code kind}; when null, the header's own columns tell the kind. */
    static Header headerAt(FormGrid grid, int i, Kind kind) {
        boolean self = false;
        for (int c = 0; c < grid.width(i); c++) {
            String t = grid.text(i, c);
            Column any = t == null ? null : HeaderNames.lookupAny(t);
            if (any != null && any.level() == Column.Level.PROJECT && any != Column.总分) {
                return null;
            }
            Column s = t == null ? null : HeaderNames.lookup(t, Kind.SELF_EVALUATION);
            self |= s != null && SELF_ONLY.contains(s);
        }
        kind = kind != null ? kind : self ? Kind.SELF_EVALUATION : Kind.TARGETS;
        Map<Column, int[]> spans = new EnumMap<>(Column.class);
        for (int c = 0; c < grid.width(i); c++) {
            String t = grid.text(i, c);
            Column col = t == null ? null : HeaderNames.lookup(t, kind);
            if (col != null && col.level() == Column.Level.INDICATOR && !spans.containsKey(col)) {
                spans.put(col, grid.span(i, c));
            }
        }
        Column value = kind == Kind.TARGETS ? Column.指标值 : Column.年度指标值;
        boolean complete = spans.containsKey(Column.一级指标) && spans.containsKey(Column.二级指标)
                && spans.containsKey(Column.三级指标) && spans.containsKey(value);
        return complete ? new Header(i, kind, spans) : null;
    }

    /** Reads the rows under {@code header}, up to row index {@code to}. */
    static Table read(FormGrid grid, Header header, int to) {
        List<Line> lines = new ArrayList<>();
        Map<Column, String> totals = new EnumMap<>(Column.class);
        String level1 = null;
        String level2 = null;
        for (int i = header.row() + 1; i < to; i++) {
            int label = totalLabel(grid, i);
            if (label >= 0) {
                readTotals(grid, header, i, label, totals);
                break;
            }
            String lone = grid.lone(i);
            if (lone != null && isTitle(lone)) {
                break;
            }
            if (headerAt(grid, i) != null || lone != null && (PAGE_NUMBER.matcher(Text.squeeze(lone)).matches()
                    || NOTE.matcher(FormLabels.normalise(lone)).matches())) {
                continue;
            }
            if (isFooter(grid, i)) {
                break;
            }
            Map<Column, String> cells = new EnumMap<>(Column.class);
            for (Map.Entry<Column, int[]> e : header.spans().entrySet()) {
                putIfPresent(cells, e.getKey(), grid.under(i, e.getValue(), -1));
            }
            String one = cells.remove(Column.一级指标);
            String two = cells.remove(Column.二级指标);
            if (one != null) {
                level2 = level1 != null && Text.squeeze(one).equals(Text.squeeze(level1)) ? level2 : null;
                level1 = one;
            }
            level2 = two != null ? two : level2;
            if (cells.isEmpty()) {
                continue;
            }
            putIfPresent(cells, Column.一级指标, level1);
            putIfPresent(cells, Column.二级指标, level2);
            lines.add(new Line(grid.number(i), cells));
        }
        return new Table(lines, totals);
    }

    private static void putIfPresent(Map<Column, String> cells, Column column, String value) {
        if (value != null) {
            cells.put(column, value);
        }
    }

    /** The column of the 总分 label when row {@code i} is the total row (its first text says so), else -1. */
    private static int totalLabel(FormGrid grid, int i) {
        for (int c = 0; c < grid.width(i); c++) {
            String t = grid.text(i, c);
            if (t != null) {
                return TOTAL.contains(FormLabels.normalise(t)) ? c : -1;
            }
        }
        return -1;
    }

    /** 总分 under 分值 and 总得分 under 得分; when the row does not line up, the first two numbers after the label. */
    private static void readTotals(FormGrid grid, Header header, int i, int label, Map<Column, String> totals) {
        if (header.kind() != Kind.SELF_EVALUATION) {
            return;
        }
        int[] weight = header.spans().get(Column.分值);
        int[] score = header.spans().get(Column.得分);
        String total = weight == null ? null : grid.under(i, weight, label);
        String got = score == null ? null : grid.under(i, score, label);
        if (total == null || got == null) {
            List<String> numbers = new ArrayList<>();
            for (int c = grid.span(i, label)[1] + 1; c < grid.width(i); c++) {
                String t = grid.text(i, c);
                if (t != null && Values.number(t) != null) {
                    numbers.add(t);
                }
            }
            total = numbers.size() > 0 ? numbers.get(0) : null;
            got = numbers.size() > 1 ? numbers.get(1) : null;
        }
        putIfPresent(totals, Column.总分, total);
        putIfPresent(totals, Column.总得分, got);
    }

    private static boolean isTitle(String lone) {
        String s = Text.squeeze(lone);
        return s.contains("申报表") || s.contains("自评表");
    }

    private static boolean isFooter(FormGrid grid, int i) {
        for (int c = 0; c < grid.width(i); c++) {
            String t = grid.text(i, c);
            if (t != null) {
                String n = FormLabels.normalise(t);
                return FOOTER.stream().anyMatch(n::startsWith);
            }
        }
        return false;
    }
}
