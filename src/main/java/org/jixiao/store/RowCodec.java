package org.jixiao.store;

/**
 * Packs a row's cells into one string for the staging table: cells joined by U+001F (the ASCII unit
 * separator, which never occurs in a filing: readers replace control characters), blank cells empty.
 */
final class RowCodec {

    private static final char SEPARATOR = '\u001F';

    private RowCodec() {
    }

    static String encode(String[] cells) {
        StringBuilder s = new StringBuilder(64);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                s.append(SEPARATOR);
            }
            if (cells[i] != null) {
                s.append(cells[i].replace(SEPARATOR, ' '));
            }
        }
        return s.toString();
    }

    static String[] decode(String packed, int width) {
        String[] cells = new String[width];
        int start = 0;
        for (int i = 0; i < width; i++) {
            int end = packed.indexOf(SEPARATOR, start);
            if (end < 0) {
                end = packed.length();
            }
            cells[i] = end > start ? packed.substring(start, end) : null;
            start = Math.min(end + 1, packed.length());
        }
        return cells;
    }
}
