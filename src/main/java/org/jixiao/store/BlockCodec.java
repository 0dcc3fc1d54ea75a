package org.jixiao.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jixiao.filing.Column;
import org.jixiao.filing.FiledRow;
import org.jixiao.filing.Kind;
import org.jixiao.filing.SourceRef;

/**
 * Packs a block's rows into one string: rows separated by U+001E, each row its spreadsheet row
 * number then its cells separated by U+001F, in the column order of the block's format. A project
 * column that repeats the block's first row is stored blank — a blank repeats the first value, as the
 * contract says — so a goal of 600 characters is stored once per block, not once per indicator.
 *
 * <p>Cells are placed by position, and a position means a column by name: each stored block carries
 * its format, and the store keeps every format's column names (jx_block_format). This jixiao writes
 * {@link #FORMAT}, today's columns in {@link Column} order, and reads any format by its names: a
 * block written before a column was added, dropped or moved reads as it was filed.
 */
final class BlockCodec {

    /**
     * The format this jixiao writes: {@link Column}'s names in declaration order, as the migration
     * that introduced it recorded them (V2__store.sql). A change to {@link Column} is a new format: a
     * new number here and a migration adding its names.
     */
    static final int FORMAT = 1;

    private static final char CELL = '\u001F';
    private static final char ROW = '\u001E';
    private static final Column[] COLUMNS = Column.values();

    /** How the cells of one stored format map onto today's columns. */
    static final class Layout {
        /** Today's column of each stored position; -1 for a column this jixiao no longer has. */
        private final int[] columnAt;

        private Layout(int[] columnAt) {
            this.columnAt = columnAt;
        }

        /** The layout of a format whose column names are {@code names}, in stored order, joined by U+001F. */
        static Layout of(String names) {
            String[] stored = names.split(String.valueOf(CELL), -1);
            int[] at = new int[stored.length];
            for (int i = 0; i < stored.length; i++) {
                at[i] = indexOf(stored[i]);
            }
            return new Layout(at);
        }

        /** Today's columns, in the order this jixiao writes them. */
        static Layout current() {
            int[] at = new int[COLUMNS.length];
            Arrays.setAll(at, i -> i);
            return new Layout(at);
        }

        private static int indexOf(String name) {
            for (Column c : COLUMNS) {
                if (c.name().equals(name)) {
                    return c.ordinal();
                }
            }
            return -1;
        }
    }

    private BlockCodec() {
    }

    /** The names of the columns {@link #FORMAT} stores, as jx_block_format keeps them. */
    static String currentNames() {
        StringBuilder s = new StringBuilder();
        for (Column c : COLUMNS) {
            s.append(s.isEmpty() ? "" : String.valueOf(CELL)).append(c.name());
        }
        return s.toString();
    }

    static String encode(List<FiledRow> rows) {
        StringBuilder s = new StringBuilder(256 + rows.size() * 64);
        String[] first = rows.get(0).cells();
        for (int r = 0; r < rows.size(); r++) {
            FiledRow row = rows.get(r);
            if (r > 0) {
                s.append(ROW);
            }
            s.append(row.source().row());
            String[] cells = row.cells();
            for (int c = 0; c < COLUMNS.length; c++) {
                s.append(CELL);
                String v = cells[c];
                boolean repeated = r > 0 && COLUMNS[c].level() == Column.Level.PROJECT && v != null && v.equals(first[c]);
                if (v != null && !repeated) {
                    appendClean(s, v);
                }
            }
        }
        return s.toString();
    }

    /** The value with the separators replaced by spaces; the same string when it has none. */
    static String storable(String v) {
        if (v == null || v.indexOf(CELL) < 0 && v.indexOf(ROW) < 0) {
            return v;
        }
        return v.replace(CELL, ' ').replace(ROW, ' ');
    }

    private static void appendClean(StringBuilder s, String v) {
        if (v.indexOf(CELL) < 0 && v.indexOf(ROW) < 0) {
            s.append(v);
            return;
        }
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            s.append(ch == CELL || ch == ROW ? ' ' : ch);
        }
    }

    static List<FiledRow> decode(String packed, Layout layout, long fileId, String file, String sheet, Kind kind, String key,
            int firstSeq) {
        List<FiledRow> rows = new ArrayList<>();
        int start = 0;
        int seq = firstSeq;
        while (start <= packed.length()) {
            int end = packed.indexOf(ROW, start);
            if (end < 0) {
                end = packed.length();
            }
            rows.add(row(packed, start, end, layout, fileId, file, sheet, kind, key, seq++));
            start = end + 1;
        }
        return rows;
    }

    private static FiledRow row(String packed, int start, int end, Layout layout, long fileId, String file, String sheet, Kind kind,
            String key, int seq) {
        int cut = packed.indexOf(CELL, start);
        int rowNo = Integer.parseInt(packed, start, cut, 10);
        String[] cells = new String[COLUMNS.length];
        int from = cut + 1;
        for (int position = 0; position < layout.columnAt.length; position++) {
            int to = packed.indexOf(CELL, from);
            if (to < 0 || to > end) {
                to = end;
            }
            int column = layout.columnAt[position];
            if (column >= 0 && to > from) {
                cells[column] = packed.substring(from, to);
            }
            from = to + 1;
        }
        return new FiledRow(fileId, seq, new SourceRef(file, sheet, rowNo), kind, key, cells);
    }
}
