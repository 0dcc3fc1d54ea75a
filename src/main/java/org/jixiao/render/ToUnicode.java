package org.jixiao.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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
        parse(cmap, out::put);
        return out;
    }

    /**
     * The glyphs of a CMap added to {@code text}, where a glyph already there keeps its text (an earlier
     * part's), as {@code parse(cmap).forEach(text::putIfAbsent)} would add them, without the map between.
     */
    static void addTo(byte[] cmap, java.util.Map<Integer, String> text) {
        List<Integer> glyphs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        parse(cmap, (g, t) -> {
            glyphs.add(g);
            texts.add(t);
        });
        // the last mapping of a glyph in one CMap is the one that counts: added first
        for (int i = glyphs.size() - 1; i >= 0; i--) {
            text.putIfAbsent(glyphs.get(i), texts.get(i));
        }
    }

    /**
     * Reads the CMap's operators and hex strings in one pass: after {@code beginbfchar} pairs
     * (glyph, text), after {@code beginbfrange} triples (first, last, text of the first, whose last byte
     * counts up); a glyph code is four hex digits, anything else is skipped, as are arrays. Every
     * bf block of every kind is read.
     */
    private static void parse(byte[] cmap, java.util.function.BiConsumer<Integer, String> mapping) {
        int arity = 0;
        List<byte[]> tokens = new ArrayList<>(3);
        int i = 0;
        while (i < cmap.length) {
            byte c = cmap[i];
            if (c == '<') {
                int close = indexOf(cmap, (byte) '>', i + 1);
                if (close < 0) {
                    return;
                }
                if (arity > 0) {
                    tokens.add(java.util.Arrays.copyOfRange(cmap, i + 1, close));
                    if (tokens.size() == arity) {
                        emit(tokens, mapping);
                        tokens.clear();
                    }
                }
                i = close + 1;
            } else if (c == '[') {
                // an array of texts (not written by jixiao or OpenPDF): the entry is skipped whole
                int close = indexOf(cmap, (byte) ']', i + 1);
                tokens.clear();
                i = close < 0 ? cmap.length : close + 1;
            } else if (isLetter(c)) {
                int from = i;
                while (i < cmap.length && isLetter(cmap[i])) {
                    i++;
                }
                String word = new String(cmap, from, i - from, StandardCharsets.ISO_8859_1);
                if (word.equals("beginbfchar")) {
                    arity = 2;
                } else if (word.equals("beginbfrange")) {
                    arity = 3;
                } else if (word.startsWith("end")) {
                    arity = 0;
                }
                tokens.clear();
            } else {
                i++;
            }
        }
    }

    private static void emit(List<byte[]> tokens, java.util.function.BiConsumer<Integer, String> mapping) {
        byte[] last = tokens.get(tokens.size() - 1);
        if (!isCode(tokens.get(0)) || tokens.size() == 3 && !isCode(tokens.get(1)) || last.length == 0 || !isHex(last)) {
            return;
        }
        int from = Integer.parseInt(new String(tokens.get(0), StandardCharsets.ISO_8859_1), 16);
        byte[] text = HexFormat.of().parseHex(new String(last, StandardCharsets.ISO_8859_1));
        if (tokens.size() == 2) {
            mapping.accept(from, new String(text, StandardCharsets.UTF_16BE));
            return;
        }
        int to = Integer.parseInt(new String(tokens.get(1), StandardCharsets.ISO_8859_1), 16);
        for (int g = from; g <= to; g++) {
            mapping.accept(g, new String(text, StandardCharsets.UTF_16BE));
            text[text.length - 1]++;
        }
    }

    /** A glyph code: exactly four hex digits. */
    private static boolean isCode(byte[] token) {
        return token.length == 4 && isHex(token);
    }

    private static boolean isHex(byte[] token) {
        for (byte b : token) {
            if (Character.digit(b, 16) < 0) {
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
