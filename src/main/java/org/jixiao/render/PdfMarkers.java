package org.jixiao.render;

/**
 * Finds, in the bytes of a PDF, the few places that OpenPDF fills from the clock or at random: the
 * 14 digits of a /CreationDate or /ModDate, the 6-letter tag of a font subset after /BaseFont or
 * /FontName, and the /ID pair. One pass over the bytes, no copies: a PDF is mostly compressed streams
 * that only need to be skipped over quickly.
 */
final class PdfMarkers {

    /** What a scan reports, with byte offsets into the array scanned. */
    interface Visitor {
        void date(int digits);

        void tag(int letters);

        void id(int start, int end, int first, int firstLength, int second, int secondLength);
    }

    private static final byte[] CREATION = "/CreationDate".getBytes();
    private static final byte[] MOD = "/ModDate".getBytes();
    private static final byte[] BASE_FONT = "/BaseFont".getBytes();
    private static final byte[] FONT_NAME = "/FontName".getBytes();
    private static final byte[] ID = "/ID".getBytes();

    private PdfMarkers() {
    }

    /** Reports every marker that starts in [from, to) and ends within the array. */
    static void scan(byte[] b, int from, int to, Visitor v) {
        for (int i = from; i < to; i++) {
            if (b[i] != '/') {
                continue;
            }
            if (at(b, i, CREATION)) {
                date(b, i + CREATION.length, v);
            } else if (at(b, i, MOD)) {
                date(b, i + MOD.length, v);
            } else if (at(b, i, BASE_FONT)) {
                tag(b, i + BASE_FONT.length, v);
            } else if (at(b, i, FONT_NAME)) {
                tag(b, i + FONT_NAME.length, v);
            } else if (at(b, i, ID)) {
                id(b, i, v);
            }
        }
    }

    private static void date(byte[] b, int p, Visitor v) {
        p = space(b, p);
        if (at(b, p, "(D:".getBytes()) && digits(b, p + 3, 14)) {
            v.date(p + 3);
        }
    }

    private static void tag(byte[] b, int p, Visitor v) {
        p = space(b, p);
        if (p + 8 <= b.length && b[p] == '/' && b[p + 7] == '+') {
            for (int k = 1; k <= 6; k++) {
                if (b[p + k] < 'A' || b[p + k] > 'Z') {
                    return;
                }
            }
            v.tag(p + 1);
        }
    }

    private static void id(byte[] b, int start, Visitor v) {
        int p = space(b, start + ID.length);
        if (p >= b.length || b[p] != '[') {
            return;
        }
        int first = space(b, p + 1);
        int firstEnd = hex(b, first);
        if (firstEnd < 0) {
            return;
        }
        int second = space(b, firstEnd + 1);
        int secondEnd = hex(b, second);
        if (secondEnd < 0) {
            return;
        }
        int close = space(b, secondEnd + 1);
        if (close < b.length && b[close] == ']') {
            v.id(start, close + 1, first + 1, firstEnd - first - 1, second + 1, secondEnd - second - 1);
        }
    }

    /** The index of the '>' closing a hex string that starts with '<' at {@code p}, or -1. */
    private static int hex(byte[] b, int p) {
        if (p >= b.length || b[p] != '<') {
            return -1;
        }
        for (int k = p + 1; k < b.length; k++) {
            byte c = b[k];
            if (c == '>') {
                return k;
            }
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return -1;
            }
        }
        return -1;
    }

    private static int space(byte[] b, int p) {
        return p < b.length && b[p] == ' ' ? p + 1 : p;
    }

    private static boolean digits(byte[] b, int p, int n) {
        if (p + n > b.length) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (b[p + k] < '0' || b[p + k] > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean at(byte[] b, int p, byte[] word) {
        if (p + word.length > b.length) {
            return false;
        }
        for (int k = 0; k < word.length; k++) {
            if (b[p + k] != word[k]) {
                return false;
            }
        }
        return true;
    }
}
