package org.jixiao.render;

/**
 * Finds, in the bytes of a PDF, the few places that OpenPDF fills from the clock or at random: the
 * 14 digits of a /CreationDate or /ModDate, the 6-letter tag of a font subset after /BaseFont or
 * /FontName, and the /ID pair. One pass over the bytes, no copies, jumping over stream data: a PDF is
 * mostly streams (page content, font programs) where no marker can be.
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
    private static final byte[] LENGTH = "/Length".getBytes();
    private static final byte[] STREAM = "stream".getBytes();
    private static final byte[] END_STREAM = "endstream".getBytes();

    private PdfMarkers() {
    }

    /**
     * Reports every marker that starts in [from, to) and ends within the array. The data of a stream
     * (page content, font programs: most of the bytes) is jumped over when its dictionary gives a direct
     * /Length and {@code endstream} is found right after it; markers live in dictionaries only.
     */
    static void scan(byte[] b, int from, int to, Visitor v) {
        int length = -1;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == 's') {
                if (length >= 0 && at(b, i, STREAM)) {
                    i = afterStream(b, i, length) - 1;
                    length = -1;
                }
                continue;
            }
            if (c != '/') {
                continue;
            }
            if (at(b, i, LENGTH) && !digit(b, i + LENGTH.length)) {
                length = length(b, i + LENGTH.length);
            } else if (at(b, i, CREATION)) {
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

    /**
     * Where scanning goes on after the keyword {@code stream} at {@code keyword}: past {@code endstream}
     * when the dictionary closes just before it and the data is {@code length} bytes long, else just
     * past the keyword.
     */
    private static int afterStream(byte[] b, int keyword, int length) {
        int q = keyword - 1;
        while (q >= 0 && (b[q] == ' ' || b[q] == '\n' || b[q] == '\r')) {
            q--;
        }
        int next = keyword + STREAM.length;
        if (q < 1 || b[q] != '>' || b[q - 1] != '>') {
            return next;
        }
        int data = next < b.length && b[next] == '\r' ? next + 1 : next;
        if (data >= b.length || b[data] != '\n') {
            return next;
        }
        long end = (long) data + 1 + length;
        if (end >= b.length) {
            return next;
        }
        int e = (int) end;
        while (e < b.length && (b[e] == '\n' || b[e] == '\r')) {
            e++;
        }
        return at(b, e, END_STREAM) ? e + END_STREAM.length : next;
    }

    /** A direct /Length value, or -1 for an indirect one ({@code 12 0 R}) or anything else. */
    private static int length(byte[] b, int p) {
        p = space(b, p);
        long n = 0;
        int start = p;
        while (p < b.length && b[p] >= '0' && b[p] <= '9' && p - start < 10) {
            n = n * 10 + (b[p++] - '0');
        }
        if (p == start || n > Integer.MAX_VALUE) {
            return -1;
        }
        // an indirect reference: "/Length 12 0 R"
        int q = p;
        if (q < b.length && b[q] == ' ' && digit(b, q + 1)) {
            return -1;
        }
        return (int) n;
    }

    private static boolean digit(byte[] b, int p) {
        return p < b.length && b[p] >= '0' && b[p] <= '9';
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
