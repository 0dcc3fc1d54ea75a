package com.lowagie.text.pdf;

import com.lowagie.text.DocumentException;
import java.io.IOException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jixiao.render.ToUnicode;

/**
 * jixiao's report font as the parts of its publications are written with it: a TrueType font in
 * Identity-H whose PDF font dictionary names the glyphs a part shows (W) and the text they stand for
 * (ToUnicode) but carries no font program. jixiao embeds one subset of the font per publication when
 * it binds the parts (org.jixiao.render.SharedFonts): OpenPDF would embed a subset in every part,
 * which the binder throws away, and compressing those subsets was half the time of rendering.
 *
 * <p>Why this class sits in OpenPDF's package: what a font writes into a PDF is decided by
 * {@code BaseFont.writeFont}, which OpenPDF keeps package-private. Nothing else of OpenPDF is changed;
 * the font is the same TrueType font, read by OpenPDF's own code, so text is encoded and measured
 * exactly as before.
 */
public final class ReferencedCidFont extends TrueTypeFontUnicode {

    /**
     * A writer that embeds the font itself: handed the glyphs text was shown in and the reference the
     * writer's pages use for the font, instead of the font being written here.
     */
    public interface Sink {
        void glyphs(BaseFont font, PdfIndirectReference ref, SortedMap<Integer, String> text) throws IOException;
    }

    /**
     * The metrics of every character of the Basic Multilingual Plane, as OpenPDF's cmap gives them: OpenPDF
     * looks each character of every text up in a hash map of the whole cmap (some 30,000 boxed keys), for
     * its width as the text is laid out and again as it is written — 3% of the render step's CPU.
     */
    private final int[][] bmp = new int[0x10000][];

    private ReferencedCidFont(String name, byte[] ttf) throws DocumentException, IOException {
        super(name, IDENTITY_H, true, ttf, false);
        for (int c = 0; c < bmp.length; c++) {
            bmp[c] = super.getMetricsTT(c);
        }
    }

    /** The TrueType font {@code ttf}, named {@code name} (ending in .ttf), written without its program. */
    public static BaseFont of(String name, byte[] ttf) throws DocumentException, IOException {
        return new ReferencedCidFont(name, ttf);
    }

    /**
     * Hands this font out from OpenPDF's font cache for {@code path} (the key OpenPDF's {@code createFont} looks up
     * for that TrueType file in Identity-H, embedded): Jasper asks OpenPDF for the report font by its file in every
     * fresh JVM, and OpenPDF read the whole 16 MB file again (half a second of a short night's render step) for a
     * font jixiao then replaced by this one (org.jixiao.render.ReportPdfProducerFactory) anyway.
     */
    public static void cacheAs(String path, BaseFont font) {
        fontCache.putIfAbsent(path + "\n" + IDENTITY_H + "\n" + true, font);
    }

    /** The same array OpenPDF's cmap holds for {@code c}, from a table for the BMP. */
    @Override
    public int[] getMetricsTT(int c) {
        // null during OpenPDF's own constructor, before the table is made
        int[][] table = bmp;
        return table != null && c >= 0 && c < table.length ? table[c] : super.getMetricsTT(c);
    }

    @Override
    @SuppressWarnings("unchecked")
    void writeFont(PdfWriter writer, PdfIndirectReference ref, Object[] params) throws IOException {
        SortedMap<Integer, int[]> used = new TreeMap<>((Map<Integer, int[]>) params[0]);
        SortedMap<Integer, String> text = new TreeMap<>();
        PdfArray widths = new PdfArray();
        for (int[] glyph : used.values()) {
            text.put(glyph[0], new String(Character.toChars(glyph[2])));
            widths.add(new PdfNumber(glyph[0]));
            PdfArray w = new PdfArray();
            w.add(new PdfNumber(glyph[1]));
            widths.add(w);
        }
        if (writer instanceof Sink sink) {
            sink.glyphs(this, ref, text);
            return;
        }
        PdfIndirectReference descriptor = writer.addToBody(getFontDescriptor(null, "", null)).getIndirectReference();
        PdfDictionary cid = new PdfDictionary(PdfName.FONT);
        cid.put(PdfName.SUBTYPE, PdfName.CIDFONTTYPE2);
        cid.put(PdfName.BASEFONT, new PdfName(getPostscriptFontName()));
        PdfDictionary system = new PdfDictionary();
        system.put(PdfName.REGISTRY, new PdfString("Adobe"));
        system.put(PdfName.ORDERING, new PdfString("Identity"));
        system.put(PdfName.SUPPLEMENT, new PdfNumber(0));
        cid.put(PdfName.CIDSYSTEMINFO, system);
        cid.put(PdfName.FONTDESCRIPTOR, descriptor);
        cid.put(PdfName.DW, new PdfNumber(1000));
        cid.put(PdfName.W, widths);
        cid.put(PdfName.CIDTOGIDMAP, PdfName.IDENTITY);
        PdfIndirectReference descendant = writer.addToBody(cid).getIndirectReference();

        PdfStream cmap = new PdfStream(ToUnicode.cmap(text));
        cmap.flateCompress(compressionLevel);
        PdfIndirectReference toUnicode = writer.addToBody(cmap).getIndirectReference();

        PdfDictionary font = new PdfDictionary(PdfName.FONT);
        font.put(PdfName.SUBTYPE, PdfName.TYPE0);
        font.put(PdfName.BASEFONT, new PdfName(getPostscriptFontName()));
        font.put(PdfName.ENCODING, new PdfName(IDENTITY_H));
        font.put(PdfName.DESCENDANTFONTS, new PdfArray(descendant));
        font.put(PdfName.TOUNICODE, toUnicode);
        writer.addToBody(font, ref);
    }
}
