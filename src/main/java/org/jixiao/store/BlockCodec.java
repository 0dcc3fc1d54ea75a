package org.jixiao.store;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Kind;
import org.jixiao.filing.SourceRef;
import org.jixiao.ingest.Column;
import org.jixiao.ingest.FiledRow;

/**
 * Packs a block's rows into one string: rows separated by U+001E, each row its spreadsheet row
 * number then its cells in {@link Column} order separated by U+001F. A project column that repeats
 * the block's first row is stored blank — a blank repeats the first value, as the contract says — so
 * a goal of 600 characters is stored once per block, not once per indicator.
 */
final class BlockCodec {

    private static final char CELL = '\u001F';
    private static final char ROW = '\u001E';
    private static final Column[] COLUMNS = Column.values();

    private BlockCodec() {
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

    static List<FiledRow> decode(String packed, long fileId, String file, String sheet, Kind kind, String key, int firstSeq) {
        List<FiledRow> rows = new ArrayList<>();
        int start = 0;
        int seq = firstSeq;
        while (start <= packed.length()) {
            int end = packed.indexOf(ROW, start);
            if (end < 0) {
                end = packed.length();
            }
            rows.add(row(packed, start, end, fileId, file, sheet, kind, key, seq++));
            start = end + 1;
        }
        return rows;
    }

    private static FiledRow row(String packed, int start, int end, long fileId, String file, String sheet, Kind kind, String key,
            int seq) {
        int cut = packed.indexOf(CELL, start);
        int rowNo = Integer.parseInt(packed, start, cut, 10);
        String[] cells = new String[COLUMNS.length];
        int from = cut + 1;
        for (int c = 0; c < COLUMNS.length; c++) {
            int to = packed.indexOf(CELL, from);
            if (to < 0 || to > end) {
                to = end;
            }
            cells[c] = to > from ? packed.substring(from, to) : null;
            from = to + 1;
        }
        return new FiledRow(fileId, seq, new SourceRef(file, sheet, rowNo), kind, key, cells);
    }
}
