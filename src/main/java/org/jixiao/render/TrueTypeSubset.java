package org.jixiao.render;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cuts a subset out of a TrueType font, keeping every glyph at its index. PDFs show the report font
 * in Identity-H, so the codes in their text are the font's glyph indices: a subset that keeps the
 * indices serves every page that used any of its glyphs, whichever part it came from, and the text
 * needs no rewriting. The glyphs left out keep their slot with no outline and no width, which costs
 * a few bytes once compressed.
 *
 * <p>The font is read once; cutting is a copy of the glyphs asked for (and the glyphs they are
 * composed of) and is safe on any number of threads.
 */
final class TrueTypeSubset {

    /** The tables a PDF viewer needs of an embedded CIDFontType2 program (PDF 32000 §9.9). */
    private static final String[] KEPT = {"OS/2", "cvt ", "fpgm", "head", "hhea", "maxp", "post", "prep"};
    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;

    /** What a cut gives: the font program and the glyphs it holds (those asked for and their components). */
    record Cut(byte[] ttf, BitSet glyphs) {
    }

    private final byte[] font;
    private final int version;
    private final Map<String, byte[]> kept = new TreeMap<>();
    private final int glyf;
    private final int[] loca;
    private final int hmtx;
    private final int metrics;
    private final int unitsPerEm;

    TrueTypeSubset(byte[] font) {
        this.font = font;
        this.version = TrueTypeTables.version(font);
        Map<String, int[]> directory = TrueTypeTables.directory(font);
        for (String tag : KEPT) {
            byte[] t = TrueTypeTables.table(font, directory, tag);
            if (t != null) {
                kept.put(tag, t);
            }
        }
        ByteBuffer head = ByteBuffer.wrap(kept.get("head"));
        ByteBuffer in = ByteBuffer.wrap(font);
        this.unitsPerEm = head.getShort(18) & 0xffff;
        boolean longOffsets = head.getShort(50) != 0;
        int glyphs = ByteBuffer.wrap(kept.get("maxp")).getShort(4) & 0xffff;
        this.metrics = ByteBuffer.wrap(kept.get("hhea")).getShort(34) & 0xffff;
        this.glyf = directory.get("glyf")[0];
        this.hmtx = directory.get("hmtx")[0];
        int at = directory.get("loca")[0];
        this.loca = new int[glyphs + 1];
        for (int g = 0; g <= glyphs; g++) {
            loca[g] = longOffsets ? in.getInt(at + 4 * g) : (in.getShort(at + 2 * g) & 0xffff) * 2;
        }
    }

    int glyphs() {
        return loca.length - 1;
    }

    /** The advance of {@code glyph} in thousandths of the size, as OpenPDF computes it for the widths of a PDF font. */
    int width(int glyph) {
        int g = Math.min(glyph, metrics - 1);
        return (ByteBuffer.wrap(font).getShort(hmtx + 4 * g) & 0xffff) * 1000 / unitsPerEm;
    }

    /** The font with the outlines and metrics of {@code wanted} (glyph 0, .notdef, always) and no others. */
    Cut cut(BitSet wanted) {
        BitSet glyphs = withComponents(wanted);
        TreeMap<String, byte[]> tables = new TreeMap<>();
        kept.forEach((tag, t) -> tables.put(tag, t.clone()));
        int n = glyphs();
        ByteBuffer outlines = ByteBuffer.allocate(glyphs.stream().map(g -> TrueTypeTables.padded(length(g))).sum());
        ByteBuffer offsets = ByteBuffer.allocate(4 * (n + 1));
        ByteBuffer advances = ByteBuffer.allocate(4 * metrics + 2 * (n - metrics));
        for (int g = 0; g < n; g++) {
            offsets.putInt(outlines.position());
            if (glyphs.get(g)) {
                outlines.put(font, glyf + loca[g], length(g));
                outlines.position(TrueTypeTables.padded(outlines.position()));
            }
            // the last full metric also gives the advance of every glyph after it
            if (glyphs.get(g) || g == metrics - 1) {
                int at = g < metrics ? 4 * g : 4 * metrics + 2 * (g - metrics);
                advances.position(at);
                advances.put(font, hmtx + at, g < metrics ? 4 : 2);
            }
        }
        offsets.putInt(outlines.position());
        tables.put("glyf", outlines.array());
        tables.put("loca", offsets.array());
        tables.put("hmtx", advances.array());
        ByteBuffer.wrap(tables.get("head")).putShort(50, (short) 1); // long offsets in loca
        return new Cut(TrueTypeTables.write(version, tables), glyphs);
    }

    private int length(int glyph) {
        return loca[glyph + 1] - loca[glyph];
    }

    /** {@code wanted}, glyph 0, and every glyph a composite glyph among them is built of. */
    private BitSet withComponents(BitSet wanted) {
        BitSet all = new BitSet(glyphs());
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(0);
        wanted.stream().filter(g -> g < glyphs()).forEach(todo::push);
        ByteBuffer in = ByteBuffer.wrap(font);
        while (!todo.isEmpty()) {
            int g = todo.pop();
            if (all.get(g)) {
                continue;
            }
            all.set(g);
            if (length(g) < 10 || in.getShort(glyf + loca[g]) >= 0) {
                continue; // empty or simple
            }
            int at = glyf + loca[g] + 10;
            int flags;
            do {
                flags = in.getShort(at) & 0xffff;
                int component = in.getShort(at + 2) & 0xffff;
                if (component < glyphs()) {
                    todo.push(component);
                }
                at += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
                at += (flags & WE_HAVE_A_SCALE) != 0 ? 2 : (flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0 ? 4
                        : (flags & WE_HAVE_A_TWO_BY_TWO) != 0 ? 8 : 0;
            } while ((flags & MORE_COMPONENTS) != 0);
        }
        return all;
    }
}
