package org.jixiao.render;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ToUnicode CMap of an Identity-H font: which text each two-byte code (a glyph index) stands for,
 * so that text copies out of the PDF. Written for the fonts jixiao embeds, and read back from the
 * fonts of the parts it binds, whose glyphs and their text it gathers into one font.
 */
public final class ToUnicode {

    private static final Pattern CHAR = Pattern.compile("<([0-9A-Fa-f]{4})>\\s*<([0-9A-Fa-f]+)>");
    private static final Pattern RANGE = Pattern.compile("<([0-9A-Fa-f]{4})>\\s*<([0-9A-Fa-f]{4})>\\s*<([0-9A-Fa-f]+)>");
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
        String s = new String(cmap, StandardCharsets.ISO_8859_1);
        SortedMap<Integer, String> out = new TreeMap<>();
        for (String block : s.split("endbf(?:char|range)")) {
            int range = block.lastIndexOf("beginbfrange");
            int single = block.lastIndexOf("beginbfchar");
            if (range > single) {
                Matcher m = RANGE.matcher(block.substring(range));
                while (m.find()) {
                    int from = Integer.parseInt(m.group(1), 16);
                    int to = Integer.parseInt(m.group(2), 16);
                    byte[] first = HexFormat.of().parseHex(m.group(3));
                    for (int g = from; g <= to; g++) {
                        out.put(g, new String(first, StandardCharsets.UTF_16BE));
                        first[first.length - 1]++;
                    }
                }
            } else if (single >= 0) {
                Matcher m = CHAR.matcher(block.substring(single));
                while (m.find()) {
                    out.put(Integer.parseInt(m.group(1), 16), new String(HexFormat.of().parseHex(m.group(2)), StandardCharsets.UTF_16BE));
                }
            }
        }
        return out;
    }
}
