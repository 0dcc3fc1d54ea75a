package org.jixiao.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The font of the page marks (page numbers, the draft watermark): the report font cut down to the
 * score of glyphs the marks print, once per process.
 *
 * <p>Why: OpenPDF reads a font's whole glyph index each time it embeds a subset — about 10 ms for the
 * 65,000 glyphs of the CJK font — and every bound PDF embeds the marks' font. Cut down, it costs
 * nothing. The cut font is renamed (the shipped font's PostScript name is in Chinese, which a PDF font
 * name cannot carry) and keeps the original copyright notice; tables for vertical text, OpenType
 * layout and signatures are left out, as the marks need none of them.
 */
final class MarksFont {

    /** The PostScript name of the cut font, as PDF viewers list it. */
    static final String NAME = "JixiaoMarks-Regular";
    private static final Set<String> KEPT = Set.of("cmap", "cvt ", "fpgm", "gasp", "glyf", "head", "hhea", "hmtx", "loca",
            "maxp", "name", "OS/2", "post", "prep");
    private static final Map<String, byte[]> CUT = new ConcurrentHashMap<>();

    private MarksFont() {
    }

    /** The glyphs of {@code characters} cut out of the TrueType font at classpath {@code path}. */
    static byte[] of(String path, String characters) {
        return CUT.computeIfAbsent(path + "\n" + characters, k -> cut(path, characters));
    }

    private static byte[] cut(String path, String characters) {
        try (InputStream in = MarksFont.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("找不到报表字体文件：" + path);
            }
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()))) {
                TTFSubsetter subset = new TTFSubsetter(font);
                characters.codePoints().forEach(subset::add);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                subset.writeToStream(out);
                String copyright = font.getNaming() == null ? null : font.getNaming().getName(0, 3, 1, 0x409);
                return rebuild(out.toByteArray(), names(copyright));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取报表字体文件：" + path, e);
        }
    }

    /** A 'name' table in Windows Unicode (platform 3, encoding 1, English): copyright, family, style, full and PostScript names. */
    private static byte[] names(String copyright) {
        TreeMap<Integer, String> records = new TreeMap<>();
        if (copyright != null) {
            records.put(0, copyright);
        }
        records.put(1, "Jixiao Marks");
        records.put(2, "Regular");
        records.put(4, "Jixiao Marks Regular");
        records.put(6, NAME);
        List<byte[]> strings = new ArrayList<>();
        records.values().forEach(s -> strings.add(s.getBytes(StandardCharsets.UTF_16BE)));
        int header = 6 + 12 * records.size();
        ByteBuffer b = ByteBuffer.allocate(header + strings.stream().mapToInt(s -> s.length).sum());
        b.putShort((short) 0).putShort((short) records.size()).putShort((short) header);
        int offset = 0;
        int i = 0;
        for (int id : records.keySet()) {
            byte[] s = strings.get(i++);
            b.putShort((short) 3).putShort((short) 1).putShort((short) 0x409).putShort((short) id)
                    .putShort((short) s.length).putShort((short) offset);
            offset += s.length;
        }
        strings.forEach(b::put);
        return b.array();
    }

    /** The font with only the {@link #KEPT} tables and {@code name} in place of its own. */
    static byte[] rebuild(byte[] ttf, byte[] name) {
        Map<String, int[]> directory = TrueTypeTables.directory(ttf);
        TreeMap<String, byte[]> tables = new TreeMap<>();
        for (String tag : directory.keySet()) {
            if (KEPT.contains(tag)) {
                tables.put(tag, TrueTypeTables.table(ttf, directory, tag));
            }
        }
        tables.put("name", name);
        return TrueTypeTables.write(TrueTypeTables.version(ttf), tables);
    }
}
