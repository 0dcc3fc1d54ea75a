package org.jixiao.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.filing.Column;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Text;

/**
 * Finds the labels of a form's header block wherever they sit and reads their values: a label's
 * value is the next non-empty cell to its right outside the label's own merged span, unless that
 * cell is itself a label (the value was left blank). The goals are printed as column headings with
 * the text underneath, so for them the value may also be the text below the label.
 */
final class FormLabelValues {

    /** The year line of a form, {@code (2025年度)}; also accepted inside a title. */
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("(\\d{4})年度");
    /** Cells longer than this are goals or notes, not a title. */
    private static final int TITLE_LENGTH = 40;

    private final FormGrid grid;
    private final Kind kind;
    private final int from;
    private final int to;

    /** Reads rows {@code [from, to)}: the part of the form above its indicator table. */
    FormLabelValues(FormGrid grid, Kind kind, int from, int to) {
        this.grid = grid;
        this.kind = kind;
        this.from = from;
        this.to = to;
    }

    Map<Column, String> read() {
        Map<Column, String> values = new EnumMap<>(Column.class);
        List<int[]> otherFunds = new ArrayList<>();
        int annualColumn = -1;
        for (int i = from; i < to; i++) {
            for (int c = 0; c < grid.width(i); c++) {
                String label = grid.label(i, c);
                if (label.isEmpty()) {
                    continue;
                }
                if (kind == Kind.TARGETS && label.equals(FormLabels.OTHER_FUNDS)) {
                    otherFunds.add(new int[] {i, c});
                    continue;
                }
                Column column = FormLabels.projectColumn(label, kind);
                if (column == Column.年度资金申请总额 && annualColumn < 0) {
                    annualColumn = c;
                }
                if (column != null && !values.containsKey(column)) {
                    String v = valueOf(i, c, column);
                    if (v != null) {
                        values.put(column, v);
                    }
                }
            }
        }
        readOtherFunds(otherFunds, annualColumn, values);
        if (!values.containsKey(Column.年度)) {
            Integer year = year();
            if (year != null) {
                values.put(Column.年度, year.toString());
            }
        }
        return values;
    }

    /**
     * The 申报表 prints 其他资金 twice: under 项目资金总额 (the project's other funds) and under
     * 年度资金申请总额 (this year's). The column tells them apart; without the right-hand label,
     * the order in the row does.
     */
    private void readOtherFunds(List<int[]> found, int annualColumn, Map<Column, String> values) {
        for (int k = 0; k < found.size(); k++) {
            int[] at = found.get(k);
            boolean annual = annualColumn >= 0 ? at[1] >= annualColumn : k > 0 && found.get(k - 1)[0] == at[0];
            Column column = annual ? Column.年度其他资金 : Column.其他资金;
            String v = right(at[0], at[1]);
            if (v != null && !values.containsKey(column)) {
                values.put(column, v);
            }
        }
    }

    private String valueOf(int i, int c, Column column) {
        String v = right(i, c);
        if (v == null && (column == Column.项目总目标 || column == Column.年度总体目标)) {
            v = below(i, c);
        }
        return v;
    }

    private String right(int i, int c) {
        for (int k = grid.span(i, c)[1] + 1; k < grid.width(i); k++) {
            String t = grid.text(i, k);
            if (t != null) {
                return FormLabels.isLabel(t) ? null : t;
            }
        }
        return null;
    }

    /**
     * The text under a column-heading label: in the next row, unless that row is itself labels (the
     * heading's text was left blank). Only the next row, so a blank goal never takes the text of a
     * note or of the table below it.
     */
    String below(int i, int c) {
        int[] span = grid.span(i, c);
        if (span[0] == span[1]) {
            int next = span[1] + 1;
            while (next < grid.width(i) && grid.text(i, next) == null) {
                next++;
            }
            span = new int[] {c, next < grid.width(i) ? next - 1 : Integer.MAX_VALUE};
        }
        int j = i + 1;
        return j < to && !hasLabel(j) ? grid.under(j, span, -1) : null;
    }

    private boolean hasLabel(int j) {
        for (int c = 0; c < grid.width(j); c++) {
            String t = grid.text(j, c);
            if (t != null && FormLabels.isLabel(t)) {
                return true;
            }
        }
        return false;
    }

    /** The {@code (2025年度)} line under the title, else a year written in the title itself. */
    private Integer year() {
        for (int i = from; i < to; i++) {
            for (int c = 0; c < grid.width(i); c++) {
                String t = grid.text(i, c);
                if (t != null && Text.squeeze(t).contains("年度") && Values.year(t) != null) {
                    return Values.year(t);
                }
            }
        }
        for (int i = from; i < to; i++) {
            for (int c = 0; c < grid.width(i); c++) {
                String t = grid.text(i, c);
                Matcher m = t == null || t.length() > TITLE_LENGTH ? null : YEAR_IN_TITLE.matcher(Text.squeeze(t));
                if (m != null && m.find()) {
                    return Values.year(m.group(1));
                }
            }
        }
        return null;
    }
}
