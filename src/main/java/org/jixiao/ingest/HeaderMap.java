package org.jixiao.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jixiao.filing.Column;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Text;

/**
 * A recognised header row: the kind of filing it belongs to, which source column holds each
 * {@link Column}, the headers that name no column, and the required columns that are missing.
 */
public final class HeaderMap {

    private final Kind kind;
    private final int[] sourceIndex;
    private final List<String> unknown;
    private final List<Column> missing;
    private final int width;
    /** Columns whose header says their values are percentages ({@code 执行率(%)}). */
    private final boolean[] percent;

    private HeaderMap(Kind kind, int[] sourceIndex, List<String> unknown, List<Column> missing, int width, boolean[] percent) {
        this.kind = kind;
        this.sourceIndex = sourceIndex;
        this.unknown = unknown;
        this.missing = missing;
        this.width = width;
        this.percent = percent;
    }

    /**
     * Recognises a header row, or returns null when the row does not look like the header of a
     * filing (fewer than three known columns, or none that identifies a project or an indicator).
     */
    public static HeaderMap recognise(List<String> cells) {
        int known = 0;
        int targets = 0;
        int self = 0;
        boolean anchor = false;
        for (String cell : cells) {
            String header = cell == null ? "" : cell;
            Column c = HeaderNames.lookupAny(header);
            if (c == null) {
                continue;
            }
            known++;
            anchor |= c == Column.项目名称 || c == Column.三级指标 || c == Column.一级指标;
            Column asTargets = HeaderNames.lookup(header, Kind.TARGETS);
            Column asSelf = HeaderNames.lookup(header, Kind.SELF_EVALUATION);
            targets += asTargets != null && asTargets.isSpecificTo(Kind.TARGETS) ? 1 : 0;
            self += asSelf != null && asSelf.isSpecificTo(Kind.SELF_EVALUATION) ? 1 : 0;
        }
        if (known < 3 || !anchor) {
            return null;
        }
        return map(cells, self > targets ? Kind.SELF_EVALUATION : Kind.TARGETS);
    }

    private static HeaderMap map(List<String> cells, Kind kind) {
        int[] index = new int[Column.values().length];
        Arrays.fill(index, -1);
        List<String> unknown = new ArrayList<>();
        boolean[] percent = new boolean[Column.values().length];
        int width = 0;
        for (int i = 0; i < cells.size(); i++) {
            String header = Text.clean(cells.get(i));
            if (header == null) {
                continue;
            }
            width = i + 1;
            Column c = HeaderNames.lookup(header, kind);
            if (c == null || index[c.ordinal()] >= 0) {
                unknown.add(header);
            } else {
                index[c.ordinal()] = i;
                percent[c.ordinal()] = HeaderNames.percentUnit(header);
            }
        }
        List<Column> missing = new ArrayList<>();
        for (Column c : Column.values()) {
            if (c.isRequiredFor(kind) && index[c.ordinal()] < 0) {
                missing.add(c);
            }
        }
        return new HeaderMap(kind, index, List.copyOf(unknown), List.copyOf(missing), width, percent);
    }

    public Kind kind() {
        return kind;
    }

    /** How many columns the header names: up to its last non-blank cell. */
    public int width() {
        return width;
    }

    public List<String> unknown() {
        return unknown;
    }

    public List<Column> missing() {
        return missing;
    }

    /** A bare number under a header that says {@code (%)} is written as the percentage it is. */
    private String unit(int column, String value) {
        return percent[column] && value != null && Values.number(value) != null && !Text.squeeze(value).endsWith("%") ? value + "%" : value;
    }

    /** Picks this header's columns out of a data row; blank cells become null. */
    public String[] cellsOf(List<String> row) {
        String[] cells = new String[Column.values().length];
        for (int c = 0; c < cells.length; c++) {
            int i = sourceIndex[c];
            if (i >= 0 && i < row.size()) {
                cells[c] = unit(c, Text.clean(row.get(i)));
            }
        }
        return cells;
    }

    /**
     * As {@link #cellsOf(List)}, for a row read right after {@code before} under the same header:
     * a cell that is the very string of {@code before} takes the value picked for it then
     * ({@code pickedBefore}) without looking at its characters again.
     */
    public String[] cellsOf(String[] row, String[] before, String[] pickedBefore) {
        String[] cells = new String[Column.values().length];
        for (int c = 0; c < cells.length; c++) {
            int i = sourceIndex[c];
            if (i >= 0 && i < row.length) {
                String raw = row[i];
                boolean repeated = before != null && i < before.length && before[i] == raw && raw != null;
                cells[c] = repeated ? pickedBefore[c] : unit(c, Text.clean(raw));
            }
        }
        return cells;
    }
}
