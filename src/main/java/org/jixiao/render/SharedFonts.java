package org.jixiao.render;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfRectangle;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One subset of each face of the report font for a whole publication, however many parts it binds.
 * Every part names its glyphs (its ToUnicode); as the parts are copied, their font dictionaries are
 * replaced by one reference per face, and when the last part is in, the face is cut down to the glyphs
 * all of them used ({@link TrueTypeSubset}) and written once under that reference: program, the map
 * from the pages' codes (the full font's glyph indices) to its glyphs, widths, ToUnicode (and the
 * CIDSet PDF/A-1 asks for).
 * The page numbers the binder prints are set in the same face and join the same subset. The parts are
 * never held together; what is kept is a glyph index and its text per glyph used.
 */
final class SharedFonts {

    private final PdfWriter writer;
    private final ReportFonts fonts;
    private final boolean cidSet;
    /** By face, in the order the publication first uses them: the objects are written in that order. */
    private final Map<String, Used> used = new LinkedHashMap<>();

    private static final class Used {
        final ReportFonts.Face face;
        /** The font dictionaries of the face: the parts' and, when it prints page numbers, the binder's own. */
        final List<PdfIndirectReference> refs = new ArrayList<>();
        final SortedMap<Integer, String> text = new TreeMap<>();
        /** The glyphs {@link #text} has, looked up for every glyph of every part. */
        final BitSet known = new BitSet();

        Used(ReportFonts.Face face) {
            this.face = face;
        }
    }

    /** {@code cidSet}: also list the glyphs in a CIDSet, as PDF/A-1 asks of a subset (other readers ignore it). */
    SharedFonts(PdfWriter writer, ReportFonts fonts, boolean cidSet) {
        this.writer = writer;
        this.fonts = fonts;
        this.cidSet = cidSet;
    }

    /**
     * The reference the publication uses in place of a part's font dictionary, its glyphs noted; null
     * when the font is not a face of the report font (it is then copied as it is).
     */
    PdfIndirectReference share(PdfDictionary font) {
        ReportFonts.Face face = faceOf(font, fonts);
        if (face == null) {
            return null;
        }
        Used u = used(face);
        if (u.refs.isEmpty()) {
            u.refs.add(writer.getPdfIndirectReference());
        }
        ToUnicode.addTo(toUnicode(font, face), u.text, u.known);
        return u.refs.get(0);
    }

    /** The face of the report font a part's font dictionary is, or null when it is none (it is then copied as it is). */
    static ReportFonts.Face faceOf(PdfDictionary font, ReportFonts fonts) {
        PdfName base = font.getAsName(PdfName.BASEFONT);
        if (!PdfName.TYPE0.equals(font.getAsName(PdfName.SUBTYPE)) || base == null) {
            return null;
        }
        return fonts.face(PdfName.decodeName(base.toString()));
    }

    /** The ToUnicode of a part's font of a shared face: the glyphs the part shows in it, and their text. */
    static byte[] toUnicode(PdfDictionary font, ReportFonts.Face face) {
        PdfObject cmap = PdfReader.getPdfObject(font.get(PdfName.TOUNICODE));
        if (!(cmap instanceof PRStream stream)) {
            throw new IllegalStateException("部件中的字体 " + face.name() + " 没有 ToUnicode，无法知道它用了哪些字形");
        }
        try {
            return PdfReader.getStreamBytes(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Glyphs the publication itself shows in a face of the report font (the page numbers), under the
     * font dictionary {@code ref} its pages use: written with the same program as the parts' text.
     */
    void glyphs(String face, PdfIndirectReference ref, SortedMap<Integer, String> text) {
        Used u = used(fonts.face(face));
        u.refs.add(ref);
        text.forEach((glyph, shows) -> {
            if (!u.known.get(glyph)) {
                u.known.set(glyph);
                u.text.put(glyph, shows);
            }
        });
    }

    private Used used(ReportFonts.Face face) {
        return used.computeIfAbsent(face.name(), n -> new Used(face));
    }

    /** Writes each face used, cut to the glyphs the publication shows. Call once, after the last page. */
    void write() throws IOException {
        int n = 0;
        for (Used u : used.values()) {
            write(u, PdfDeterminism.tag(n++) + "+" + u.face.name());
        }
    }

    private void write(Used u, String name) throws IOException {
        write(u.face, u.text, name, cidSet, new Body() {
            @Override
            public PdfIndirectReference add(PdfObject object) throws IOException {
                return writer.addToBody(object).getIndirectReference();
            }

            @Override
            public void add(PdfObject object, PdfIndirectReference ref) throws IOException {
                writer.addToBody(object, ref);
            }
        }, u.refs);
    }

    /** Where the objects of a shared font go: a PDF writer's body, or the binder's own ({@link BookWriter}). */
    interface Body {
        PdfIndirectReference add(PdfObject object) throws IOException;

        void add(PdfObject object, PdfIndirectReference ref) throws IOException;
    }

    /**
     * Writes {@code face} cut to the glyphs of {@code text}, named {@code name}, its font dictionary under each
     * of {@code refs}.
     */
    static void write(ReportFonts.Face face, SortedMap<Integer, String> text, String name, boolean cidSet, Body body,
            List<PdfIndirectReference> refs) throws IOException {
        BitSet wanted = new BitSet();
        text.keySet().forEach(wanted::set);
        TrueTypeSubset.Cut cut = face.program().cut(wanted);

        PdfStream program = new PdfStream(cut.ttf());
        program.put(PdfName.LENGTH1, new PdfNumber(cut.ttf().length));
        program.flateCompress();
        PdfDictionary descriptor = descriptor(face.referenced(), name);
        descriptor.put(PdfName.FONTFILE2, body.add(program));
        if (cidSet) {
            PdfStream set = new PdfStream(cidSet(cut.glyphs()));
            set.flateCompress();
            descriptor.put(PdfName.CIDSET, body.add(set));
        }

        PdfDictionary cid = new PdfDictionary(PdfName.FONT);
        cid.put(PdfName.SUBTYPE, PdfName.CIDFONTTYPE2);
        cid.put(PdfName.BASEFONT, new PdfName(name));
        PdfDictionary system = new PdfDictionary();
        system.put(PdfName.REGISTRY, new PdfString("Adobe"));
        system.put(PdfName.ORDERING, new PdfString("Identity"));
        system.put(PdfName.SUPPLEMENT, new PdfNumber(0));
        cid.put(PdfName.CIDSYSTEMINFO, system);
        cid.put(PdfName.FONTDESCRIPTOR, body.add(descriptor));
        cid.put(PdfName.DW, new PdfNumber(1000));
        cid.put(PdfName.W, widths(face.program(), text));
        PdfStream map = new PdfStream(cut.cidToGid());
        map.flateCompress();
        cid.put(PdfName.CIDTOGIDMAP, body.add(map));

        PdfStream cmap = new PdfStream(ToUnicode.cmap(text));
        cmap.flateCompress();

        PdfDictionary type0 = new PdfDictionary(PdfName.FONT);
        type0.put(PdfName.SUBTYPE, PdfName.TYPE0);
        type0.put(PdfName.BASEFONT, new PdfName(name));
        type0.put(PdfName.ENCODING, new PdfName(BaseFont.IDENTITY_H));
        type0.put(PdfName.DESCENDANTFONTS, new PdfArray(body.add(cid)));
        type0.put(PdfName.TOUNICODE, body.add(cmap));
        for (PdfIndirectReference ref : refs) {
            body.add(type0, ref);
        }
    }

    /** The font's metrics, from the same font OpenPDF measured the text with. */
    private static PdfDictionary descriptor(BaseFont font, String name) {
        PdfDictionary d = new PdfDictionary(PdfName.FONTDESCRIPTOR);
        d.put(PdfName.FONTNAME, new PdfName(name));
        d.put(PdfName.ASCENT, metric(font, BaseFont.ASCENT));
        d.put(PdfName.DESCENT, metric(font, BaseFont.DESCENT));
        d.put(PdfName.CAPHEIGHT, metric(font, BaseFont.CAPHEIGHT));
        d.put(PdfName.FONTBBOX, new PdfRectangle(font.getFontDescriptor(BaseFont.BBOXLLX, 1000),
                font.getFontDescriptor(BaseFont.BBOXLLY, 1000), font.getFontDescriptor(BaseFont.BBOXURX, 1000),
                font.getFontDescriptor(BaseFont.BBOXURY, 1000)));
        d.put(PdfName.ITALICANGLE, metric(font, BaseFont.ITALICANGLE));
        d.put(PdfName.STEMV, new PdfNumber(80));
        d.put(PdfName.FLAGS, new PdfNumber(32)); // nonsymbolic, as OpenPDF marks this font
        return d;
    }

    private static PdfNumber metric(BaseFont font, int key) {
        return new PdfNumber(Math.round(font.getFontDescriptor(key, 1000)));
    }

    /** W: the advance of every glyph shown that is not the default 1000, consecutive glyphs in one run. */
    private static PdfArray widths(TrueTypeSubset program, SortedMap<Integer, String> text) {
        PdfArray w = new PdfArray();
        PdfArray run = null;
        int next = -1;
        for (int g : text.keySet()) {
            int width = program.width(g);
            if (width == 1000) {
                continue;
            }
            if (run == null || g != next) {
                w.add(new PdfNumber(g));
                run = new PdfArray();
                w.add(run);
            }
            run.add(new PdfNumber(width));
            next = g + 1;
        }
        return w;
    }

    /** The CIDSet: one bit per CID, set for every CID the program holds a glyph for (PDF/A-1 asks for it). */
    private static byte[] cidSet(BitSet glyphs) {
        byte[] bits = new byte[glyphs.length() / 8 + 1];
        glyphs.stream().forEach(g -> bits[g / 8] |= (byte) (0x80 >> (g % 8)));
        return bits;
    }
}
