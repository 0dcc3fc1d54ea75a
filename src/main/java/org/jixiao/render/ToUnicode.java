package org.jixiao.render;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The ToUnicode CMap of an Identity-H font: which text each two-byte code (a glyph index) stands for,
 * so that text copies out of the PDF. Written for the fonts jixiao embeds, and read back from the
 * fonts of the parts it binds, whose glyphs and their text it gathers into one font.
 */
public final class ToUnicode {

    /** The PDF reference allows at most 100 mappings in one block. */
    private static final int BLOCK = 100;

    private ToUnicode() {
    }

    /** The CMap for {@code text}: glyph index → the text it shows. */
    public static byte[] cmap(SortedMap<Integer, String> text) {
        StringBuilder b = new StringBuilder(64 + 20 * text.size());
        b.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        HexFormat hex = HexFormat.of().withUpperCase();
        int left = text.size();
        int inBlock = 0;
        for (Map.Entry<Integer, String> e : text.entrySet()) {
            if (inBlock == 0) {
                b.append(Math.min(BLOCK, left)).append(" beginbfchar\n");
            }
            b.append('<').append(hex.toHexDigits((short) e.getKey().intValue())).append("> <")
                    .append(hex.formatHex(e.getValue().getBytes(StandardCharsets.UTF_16BE))).append(">\n");
            left--;
            if (++inBlock == BLOCK || left == 0) {
                b.append("endbfchar\n");
                inBlock = 0;
            }
        }
        b.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return b.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The mappings of a CMap as written by {@link #cmap} or by OpenPDF (bfchar and bfrange without arrays). */
    static SortedMap<Integer, String> parse(byte[] cmap) {
        SortedMap<Integer, String> out = new TreeMap<>();
        parse(cmap, (glyph, from, length, step) -> out.put(glyph, text(cmap, from, length, step)));
        return out;
    }

    /**
     * The glyphs of a CMap added to {@code text}, where a glyph already there keeps its text (an earlier
     * part's), as {@code parse(cmap).forEach(text::putIfAbsent)} would add them, without the map between.
     * A book binds thousands of parts whose glyphs the first few hundred already brought: a glyph's text is
     * decoded only when the glyph is new.
     */
    static void addTo(byte[] cmap, Map<Integer, String> text) {
        BitSet known = new BitSet();
        text.keySet().forEach(known::set);
        addTo(cmap, text, known);
    }

    /** {@link #addTo(byte[], Map)}, where {@code known} holds the glyphs of {@code text}, and is kept so. */
    static void addTo(byte[] cmap, Map<Integer, String> text, BitSet known) {
        Mappings found = new Mappings();
        parse(cmap, found);
        // the last mapping of a glyph in one CMap is the one that counts: added first
        for (int i = found.size - 1; i >= 0; i--) {
            int glyph = found.at[4 * i];
            if (!known.get(glyph)) {
                known.set(glyph);
                text.put(glyph, text(cmap, found.at[4 * i + 1], found.at[4 * i + 2], found.at[4 * i + 3]));
            }
        }
    }

    /** One mapping: a glyph, and its text as hex digits at {@code from} whose last byte counts up {@code step}. */
    @FunctionalInterface
    private interface Mapping {
        void map(int glyph, int from, int length, int step);
    }

    /** Mappings in the order the CMap gives them, four ints each. */
    private static final class Mappings implements Mapping {
        int[] at = new int[4 * 256];
        int size;

        @Override
        public void map(int glyph, int from, int length, int step) {
            if (4 * size + 4 > at.length) {
                at = java.util.Arrays.copyOf(at, 2 * at.length);
            }
            at[4 * size] = glyph;
            at[4 * size + 1] = from;
            at[4 * size + 2] = length;
            at[4 * size + 3] = step;
            size++;
        }
    }

    /** The text of hex digits {@code cmap[from, from + length)}, its last byte counted up {@code step} (wrapping, as a byte). */
    private static String text(byte[] cmap, int from, int length, int step) {
        byte[] text = HexFormat.of().parseHex(new String(cmap, from, length, StandardCharsets.ISO_8859_1));
        text[text.length - 1] += (byte) step;
        return new String(text, StandardCharsets.UTF_16BE);
    }

    /**
     * Reads the CMap's operators and hex strings in one pass: after {@code beginbfchar} pairs
     * (glyph, text), after {@code beginbfrange} triples (first, last, text of the first, whose last byte
     * counts up); a glyph code is four hex digits, anything else is skipped, as are arrays. Every
     * bf block of every kind is read. Tokens are kept as where they start and end in {@code cmap}.
     */
    private static void parse(byte[] cmap, Mapping mapping) {
        int arity = 0;
        int[] tokens = new int[6];
        int count = 0;
        int i = 0;
        while (i < cmap.length) {
            byte c = cmap[i];
            if (c == '<') {
                int close = indexOf(cmap, (byte) '>', i + 1);
                if (close < 0) {
                    return;
                }
                if (arity > 0) {
                    tokens[2 * count] = i + 1;
                    tokens[2 * count + 1] = close;
                    if (++count == arity) {
                        emit(cmap, tokens, count, mapping);
                        count = 0;
                    }
                }
                i = close + 1;
            } else if (c == '[') {
                // an array of texts (not written by jixiao or OpenPDF): the entry is skipped whole
                int close = indexOf(cmap, (byte) ']', i + 1);
                count = 0;
                i = close < 0 ? cmap.length : close + 1;
            } else if (isLetter(c)) {
                int from = i;
                while (i < cmap.length && isLetter(cmap[i])) {
                    i++;
                }
                if (is(cmap, from, i, "beginbfchar")) {
                    arity = 2;
                } else if (is(cmap, from, i, "beginbfrange")) {
                    arity = 3;
                } else if (i - from >= 3 && cmap[from] == 'e' && cmap[from + 1] == 'n' && cmap[from + 2] == 'd') {
                    arity = 0;
                }
                count = 0;
            } else {
                i++;
            }
        }
    }

    private static void emit(byte[] cmap, int[] tokens, int count, Mapping mapping) {
        int lastFrom = tokens[2 * count - 2];
        int lastLength = tokens[2 * count - 1] - lastFrom;
        if (!isCode(cmap, tokens[0], tokens[1]) || count == 3 && !isCode(cmap, tokens[2], tokens[3]) || lastLength == 0
                || !isHex(cmap, lastFrom, lastFrom + lastLength)) {
            return;
        }
        if (lastLength % 2 != 0) {
            throw new IllegalArgumentException("ToUnicode 中的文字长度应为偶数个十六进制位：" + lastLength);
        }
        int from = code(cmap, tokens[0]);
        if (count == 2) {
            mapping.map(from, lastFrom, lastLength, 0);
            return;
        }
        int to = code(cmap, tokens[2]);
        for (int g = from; g <= to; g++) {
            mapping.map(g, lastFrom, lastLength, g - from);
        }
    }

    /** The four hex digits at {@code at} as a number. */
    private static int code(byte[] cmap, int at) {
        int n = 0;
        for (int k = at; k < at + 4; k++) {
            n = n << 4 | Character.digit(cmap[k], 16);
        }
        return n;
    }

    private static boolean is(byte[] cmap, int from, int to, String word) {
        if (to - from != word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (cmap[from + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A glyph code: exactly four hex digits. */
    private static boolean isCode(byte[] cmap, int from, int to) {
        return to - from == 4 && isHex(cmap, from, to);
    }

    private static boolean isHex(byte[] cmap, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.digit(cmap[k], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
