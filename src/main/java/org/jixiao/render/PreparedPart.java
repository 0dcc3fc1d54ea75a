package org.jixiao.render;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PRIndirectReference;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A part as the book writer ({@link BookWriter}) binds it: every object its pages need, already written out
 * as PDF text, each reference in it a number relative to the part (or a face of the report font the
 * publication shares), so binding it again costs a copy and a renumbering instead of reading the part's PDF.
 * A part is prepared once and kept by its digest ({@link PreparedParts}); its year's book and its 地区's book
 * both take it, and a night that did not render it again takes it as it was.
 *
 * <p>What it holds: per page its size (for the page number) and its dictionary less {@code /Parent} and
 * {@code /Contents}, which the writer sets (its content streams, listed apart, with the page number's after
 * them), its resources made direct with the face the page number is printed in added as {@code /JxFolio}; the
 * objects the pages refer to, streams with their bytes as the part holds them (already compressed); and the
 * glyphs it shows in each shared face (from the ToUnicode of the font dictionaries it no longer needs).
 */
final class PreparedPart {

    /** The resource name the page number's font has on every page. */
    static final PdfName FOLIO_FONT = new PdfName("JxFolio");
    static final String FORMAT = "jixiao-prepared-part-3";

    /** A reference in an object's text: at {@code at}, to the part's object {@code value}, or to shared face {@code value}. */
    static final int RELATIVE = 0;
    static final int SHARED = 1;

    /** One object: its text (a dictionary's or array's, or a stream's dictionary), its references, its stream bytes. */
    record Obj(byte[] text, int[] sites, byte[] stream) {
    }

    /** A page: its size and rotation as shown, its dictionary (an object of the part), its content streams. */
    record Page(float width, float height, int rotation, int object, int[] contents) {
    }

    final List<Page> pages;
    /** Object {@code i + 1} of the part. */
    final List<Obj> objects;
    /** By face (its index in {@link ReportFonts#faces()}): the glyphs shown and the text each stands for. */
    final Map<Integer, Glyphs> glyphs;

    /** The glyphs a part shows in one face, in order, with their text; {@code bits} has a bit set for each. */
    record Glyphs(int[] ids, String[] texts, BitSet bits) {

        static Glyphs of(SortedMap<Integer, String> text) {
            int[] ids = new int[text.size()];
            String[] texts = new String[text.size()];
            BitSet bits = new BitSet();
            int i = 0;
            for (Map.Entry<Integer, String> e : text.entrySet()) {
                ids[i] = e.getKey();
                texts[i++] = e.getValue();
                bits.set(e.getKey());
            }
            return new Glyphs(ids, texts, bits);
        }

        /** The text of a glyph this part shows. */
        String text(int glyph) {
            return texts[java.util.Arrays.binarySearch(ids, glyph)];
        }
    }

    PreparedPart(List<Page> pages, List<Obj> objects, Map<Integer, Glyphs> glyphs) {
        this.pages = pages;
        this.objects = objects;
        this.glyphs = glyphs;
    }

    /** Reads a part and prepares it. */
    static PreparedPart of(byte[] pdf, ReportFonts fonts) throws IOException {
        PdfReader reader = new PartReader(pdf, name -> fonts.face(name) != null);
        try {
            return new Preparer(reader, fonts).prepare();
        } finally {
            reader.close();
        }
    }

    /** How many pages, as a PDF reader counts them. */
    int pageCount() {
        return pages.size();
    }

    private static final class Preparer {
        private final PdfReader reader;
        private final ReportFonts fonts;
        private final int folioFace;
        /** The part's object numbers → the prepared part's (1-based). */
        private final Map<Integer, Integer> numbers = new HashMap<>();
        private final Deque<Integer> todo = new ArrayDeque<>();
        private final List<Obj> objects = new ArrayList<>();
        private final Map<Integer, SortedMap<Integer, String>> glyphs = new TreeMap<>();
        private final Map<Integer, BitSet> seen = new HashMap<>();

        Preparer(PdfReader reader, ReportFonts fonts) {
            this.reader = reader;
            this.fonts = fonts;
            this.folioFace = fonts.faces().indexOf(fonts.face(fonts.normal().getPostscriptFontName()));
        }

        PreparedPart prepare() throws IOException {
            int n = reader.getNumberOfPages();
            List<Page> pages = new ArrayList<>();
            // the pages first: objects 1..n, so a reference to a page (an annotation's /P) finds it
            for (int p = 1; p <= n; p++) {
                numbers.put(reader.getPageOrigRef(p).getNumber(), p);
                objects.add(null);
            }
            for (int p = 1; p <= n; p++) {
                PdfDictionary page = reader.getPageN(p);
                Rectangle size = reader.getPageSizeWithRotation(p);
                PdfDictionary copy = new PdfDictionary();
                for (PdfName key : page.getKeys()) {
                    if (!key.equals(PdfName.PARENT) && !key.equals(PdfName.CONTENTS) && !key.equals(PdfName.RESOURCES)) {
                        copy.put(key, page.get(key));
                    }
                }
                copy.put(PdfName.RESOURCES, resources(PdfReader.getPdfObject(page.get(PdfName.RESOURCES))));
                List<Integer> contents = new ArrayList<>();
                PdfObject c = page.get(PdfName.CONTENTS);
                PdfObject direct = PdfReader.getPdfObject(c);
                if (direct instanceof PdfArray array) {
                    for (int i = 0; i < array.size(); i++) {
                        contents.add(relative(array.getPdfObject(i)));
                    }
                } else if (c != null) {
                    contents.add(relative(c));
                }
                objects.set(p - 1, text(copy));
                pages.add(new Page(size.getWidth(), size.getHeight(), size.getRotation(), p, contents.stream().mapToInt(Integer::intValue).toArray()));
            }
            while (!todo.isEmpty()) {
                int number = todo.poll();
                PdfObject object = reader.getPdfObject(number);
                if (object instanceof PRStream stream) {
                    PdfDictionary dict = new PdfDictionary();
                    for (PdfName key : stream.getKeys()) {
                        dict.put(key, stream.get(key));
                    }
                    byte[] raw = PdfReader.getStreamBytesRaw(stream);
                    dict.put(PdfName.LENGTH, new PdfNumber(raw.length));
                    Obj o = text(dict);
                    objects.set(numbers.get(number) - 1, new Obj(o.text(), o.sites(), raw));
                } else {
                    objects.set(numbers.get(number) - 1, text(object == null ? com.lowagie.text.pdf.PdfNull.PDFNULL : object));
                }
            }
            Map<Integer, Glyphs> shown = new TreeMap<>();
            glyphs.forEach((face, text) -> shown.put(face, Glyphs.of(text)));
            return new PreparedPart(pages, objects, shown);
        }

        /** A page's resources, direct, with its fonts direct and the page number's face added. */
        private PdfDictionary resources(PdfObject found) {
            PdfDictionary resources = new PdfDictionary();
            if (found instanceof PdfDictionary d) {
                for (PdfName key : d.getKeys()) {
                    resources.put(key, d.get(key));
                }
            }
            PdfDictionary fontsOf = new PdfDictionary();
            if (PdfReader.getPdfObject(resources.get(PdfName.FONT)) instanceof PdfDictionary f) {
                for (PdfName key : f.getKeys()) {
                    fontsOf.put(key, f.get(key));
                }
            }
            fontsOf.put(FOLIO_FONT, new Shared(folioFace));
            resources.put(PdfName.FONT, fontsOf);
            return resources;
        }

        /** The prepared part's number for a reference of the part, the object queued to be prepared. */
        private int relative(PdfObject ref) {
            if (!(ref instanceof PRIndirectReference r)) {
                throw new IllegalStateException("部件的页面内容不是间接对象");
            }
            Integer known = numbers.get(r.getNumber());
            if (known == null) {
                objects.add(null);
                known = objects.size();
                numbers.put(r.getNumber(), known);
                todo.add(r.getNumber());
            }
            return known;
        }

        private Obj text(PdfObject object) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            List<Integer> sites = new ArrayList<>();
            write(object, out, sites);
            return new Obj(out.toByteArray(), sites.stream().mapToInt(Integer::intValue).toArray(), null);
        }

        /** Writes a direct object as OpenPDF would, each reference left as a site in {@code sites}. */
        private void write(PdfObject object, ByteArrayOutputStream out, List<Integer> sites) throws IOException {
            if (object instanceof Shared s) {
                sites.add(out.size());
                sites.add(SHARED);
                sites.add(s.face);
            } else if (object instanceof PRIndirectReference r) {
                reference(r, out, sites);
            } else if (object instanceof PdfIndirectReference) {
                throw new IllegalStateException("部件中的引用不属于该部件");
            } else if (object instanceof PdfDictionary d) {
                out.write('<');
                out.write('<');
                for (PdfName key : d.getKeys()) {
                    PdfObject value = d.get(key);
                    key.toPdf(null, out);
                    if (spaced(value)) {
                        out.write(' ');
                    }
                    write(value, out, sites);
                }
                out.write('>');
                out.write('>');
            } else if (object instanceof PdfArray a) {
                out.write('[');
                for (int i = 0; i < a.size(); i++) {
                    PdfObject value = a.getPdfObject(i);
                    if (i > 0 && spaced(value)) {
                        out.write(' ');
                    }
                    write(value, out, sites);
                }
                out.write(']');
            } else {
                object.toPdf(null, out);
            }
        }

        private void reference(PRIndirectReference r, ByteArrayOutputStream out, List<Integer> sites) throws IOException {
            Integer known = numbers.get(r.getNumber());
            if (known == null) {
                PdfObject target = PdfReader.getPdfObject(r);
                if (target instanceof PdfDictionary d && !(target instanceof PRStream)) {
                    if (PdfName.PAGES.equals(d.getAsName(PdfName.TYPE))) {
                        // the part's page tree: the book has its own
                        out.write("null".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                        return;
                    }
                    if (PdfName.FONT.equals(d.getAsName(PdfName.TYPE))) {
                        ReportFonts.Face face = SharedFonts.faceOf(d, fonts);
                        if (face != null) {
                            int index = fonts.faces().indexOf(face);
                            SortedMap<Integer, String> text = glyphs.computeIfAbsent(index, i -> new TreeMap<>());
                            ToUnicode.addTo(SharedFonts.toUnicode(d, face), text, seen.computeIfAbsent(index, i -> new BitSet()));
                            sites.add(out.size());
                            sites.add(SHARED);
                            sites.add(index);
                            return;
                        }
                    }
                }
                known = relative(r);
            }
            sites.add(out.size());
            sites.add(RELATIVE);
            sites.add(known);
        }
    }

    /** As OpenPDF separates a value from the key or the value before it. */
    static boolean spaced(PdfObject value) {
        if (value instanceof Shared || value instanceof PdfIndirectReference) {
            return true;
        }
        int type = value.type();
        return type != PdfObject.ARRAY && type != PdfObject.DICTIONARY && type != PdfObject.NAME && type != PdfObject.STRING;
    }

    /** A reference to a shared face, in a dictionary being prepared. */
    private static final class Shared extends PdfObject {
        final int face;

        Shared(int face) {
            super(PdfObject.INDIRECT);
            this.face = face;
        }
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(pages.size());
        for (Page p : pages) {
            out.writeFloat(p.width());
            out.writeFloat(p.height());
            out.writeInt(p.rotation());
            out.writeInt(p.object());
            writeInts(out, p.contents());
        }
        out.writeInt(objects.size());
        for (Obj o : objects) {
            out.writeInt(o.text().length);
            out.write(o.text());
            writeInts(out, o.sites());
            out.writeInt(o.stream() == null ? -1 : o.stream().length);
            if (o.stream() != null) {
                out.write(o.stream());
            }
        }
        out.writeInt(glyphs.size());
        for (Map.Entry<Integer, Glyphs> e : glyphs.entrySet()) {
            out.writeInt(e.getKey());
            Glyphs g = e.getValue();
            writeInts(out, g.ids());
            for (String text : g.texts()) {
                out.writeInt(text.length());
                out.writeChars(text);
            }
        }
    }

    /** What {@link #write} wrote, from {@code in}'s position on. */
    static PreparedPart read(java.nio.ByteBuffer in) {
        int n = in.getInt();
        List<Page> pages = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            pages.add(new Page(in.getFloat(), in.getFloat(), in.getInt(), in.getInt(), readInts(in)));
        }
        int m = in.getInt();
        List<Obj> objects = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            byte[] text = new byte[in.getInt()];
            in.get(text);
            int[] sites = readInts(in);
            int length = in.getInt();
            byte[] stream = null;
            if (length >= 0) {
                stream = new byte[length];
                in.get(stream);
            }
            objects.add(new Obj(text, sites, stream));
        }
        Map<Integer, Glyphs> glyphs = new TreeMap<>();
        int faces = in.getInt();
        for (int f = 0; f < faces; f++) {
            int face = in.getInt();
            int[] ids = readInts(in);
            String[] texts = new String[ids.length];
            BitSet bits = new BitSet();
            for (int g = 0; g < ids.length; g++) {
                char[] chars = new char[in.getInt()];
                for (int c = 0; c < chars.length; c++) {
                    chars[c] = in.getChar();
                }
                texts[g] = new String(chars);
                bits.set(ids[g]);
            }
            glyphs.put(face, new Glyphs(ids, texts, bits));
        }
        if (in.hasRemaining()) {
            throw new IllegalStateException("prepared part longer than written");
        }
        return new PreparedPart(pages, objects, glyphs);
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static int[] readInts(java.nio.ByteBuffer in) {
        int[] values = new int[in.getInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.getInt();
        }
        return values;
    }
}
