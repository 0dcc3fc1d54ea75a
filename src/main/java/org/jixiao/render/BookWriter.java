package org.jixiao.render;

import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.Deflater;
import org.jixiao.filing.Sha256;

/**
 * Writes a book from prepared parts ({@link PreparedPart}): the parts' objects copied as they were prepared
 * and numbered on from the objects before them, each page given the book's page tree as parent and its page
 * number (第 X 页 共 Y 页) as a content stream of its own, then what depends on the whole book — one subset of
 * each face of the report font ({@link SharedFonts}), the page tree, the outline, the page labels — and a
 * cross-reference stream. Nothing is read but the prepared parts, so a book whose parts did not change since
 * they were prepared costs what copying its bytes costs; and the file depends only on its pieces, outline,
 * description and run date, whichever parts were prepared tonight.
 *
 * <p>The plain edition of a book only: a draft (watermarked) and the archive edition (PDF/A-1b, which allows
 * no object streams) are bound by {@link Binder} through OpenPDF's page copier.
 */
final class BookWriter {

    private static final int PER_OBJECT_STREAM = 200;
    private static final int PER_PAGE_NODE = 64;
    private static final float FOLIO_BASELINE = 27f;
    private static final float FOLIO_SIZE = 8f;
    private static final byte[] A4 = "[0 0 595 842]".getBytes(StandardCharsets.ISO_8859_1);

    private final ReportFonts fonts;

    BookWriter(ReportFonts fonts) {
        this.fonts = fonts;
    }

    /** Where a piece's prepared part comes from. */
    interface Parts {
        PreparedPart of(Piece piece) throws IOException;
    }

    void write(Path file, List<Piece> pieces, Layout layout, List<Bookmark> outline, Description about, LocalDate runDate,
            Parts parts) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            new Writing(out, layout.pages()).write(pieces, layout, outline, about, runDate, parts);
        }
    }

    /** One book being written. */
    private final class Writing {
        private final Counted out;
        private final int pages;
        private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        /** By object number: its offset (top-level), or its object stream and index (negative stream number). */
        private long[] offsets = new long[1 << 12];
        private int[] indexes = new int[1 << 12];
        private int next = 1;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream(1 << 16);
        private final List<int[]> pendingAt = new ArrayList<>();

        private final int catalog;
        private final int pagesRoot;
        private final int info;
        private final int restore;
        private final int[] faceRefs;
        private final int firstNode;
        private final int nodes;
        private final int[] pageObjects;
        private int pageCount;
        private final Map<Integer, SortedMap<Integer, String>> glyphs = new TreeMap<>();
        private final Map<Integer, BitSet> known = new HashMap<>();
        private final int folioFace;

        Writing(OutputStream file, int pages) {
            this.out = new Counted(file);
            this.pages = pages;
            this.pageObjects = new int[pages];
            catalog = next++;
            pagesRoot = next++;
            info = next++;
            restore = next++;
            faceRefs = new int[fonts.faces().size()];
            for (int i = 0; i < faceRefs.length; i++) {
                faceRefs[i] = next++;
            }
            nodes = Math.max(1, (pages + PER_PAGE_NODE - 1) / PER_PAGE_NODE);
            firstNode = next;
            next += nodes;
            folioFace = fonts.faces().indexOf(fonts.face(fonts.normal().getPostscriptFontName()));
        }

        void write(List<Piece> pieces, Layout layout, List<Bookmark> outline, Description about, LocalDate runDate, Parts parts)
                throws IOException {
            out.write("%PDF-1.5\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
            stream(restore, "<</Length 2>>".getBytes(StandardCharsets.ISO_8859_1), "q\n".getBytes(StandardCharsets.ISO_8859_1));
            for (int i = 0; i < pieces.size(); i++) {
                if (layout.blankBefore()[i]) {
                    blank();
                }
                Piece piece = pieces.get(i);
                PreparedPart part = parts.of(piece);
                if (part.pageCount() != piece.pages()) {
                    throw new IllegalStateException(piece.name() + "：应有 " + piece.pages() + " 页，实有 " + part.pageCount() + " 页");
                }
                part(part, piece.numbered());
            }
            if (pageCount != pages) {
                throw new IllegalStateException(about.title() + "：应有 " + pages + " 页，实有 " + pageCount + " 页");
            }
            sharedFonts();
            pageTree();
            int outlines = outline.isEmpty() ? 0 : outlines(outline);
            info(about, runDate);
            catalog(outlines);
            flushPending();
            crossReference();
        }

        /** A part's objects numbered from {@code next}, its pages with parent, contents and page number. */
        private void part(PreparedPart part, boolean numbered) throws IOException {
            int base = next - 1;
            next += part.objects.size();
            part.glyphs.forEach((face, shown) -> {
                BitSet seen = known.computeIfAbsent(face, f -> new BitSet());
                BitSet fresh = (BitSet) shown.bits().clone();
                fresh.andNot(seen);
                if (!fresh.isEmpty()) {
                    SortedMap<Integer, String> all = glyphs.computeIfAbsent(face, f -> new TreeMap<>());
                    fresh.stream().forEach(g -> all.put(g, shown.text(g)));
                    seen.or(fresh);
                }
            });
            PreparedPart.Page[] byObject = new PreparedPart.Page[part.objects.size() + 1];
            for (PreparedPart.Page p : part.pages) {
                byObject[p.object()] = p;
            }
            for (int rel = 1; rel <= part.objects.size(); rel++) {
                PreparedPart.Obj o = part.objects.get(rel - 1);
                PreparedPart.Page page = byObject[rel];
                if (page != null) {
                    int number = pageCount + 1;
                    pageObjects[pageCount++] = base + rel;
                    int folio = numbered ? folio(page, number) : 0;
                    ByteArrayOutputStream text = new ByteArrayOutputStream(o.text().length + 64);
                    resolve(o, base, text, o.text().length - 2);
                    ascii(text, "/Parent " + node(number - 1) + " 0 R/Contents[");
                    if (folio != 0) {
                        ascii(text, restore + " 0 R ");
                    }
                    for (int c : page.contents()) {
                        ascii(text, (base + c) + " 0 R ");
                    }
                    if (folio != 0) {
                        ascii(text, folio + " 0 R");
                    }
                    ascii(text, "]>>");
                    compressed(base + rel, text.toByteArray());
                } else if (o.stream() != null) {
                    ByteArrayOutputStream dict = new ByteArrayOutputStream(o.text().length + 16);
                    resolve(o, base, dict, o.text().length);
                    stream(base + rel, dict.toByteArray(), o.stream());
                } else {
                    ByteArrayOutputStream text = new ByteArrayOutputStream(o.text().length + 16);
                    resolve(o, base, text, o.text().length);
                    compressed(base + rel, text.toByteArray());
                }
            }
        }

        /** The object's text up to {@code end}, each reference numbered in the book. */
        private void resolve(PreparedPart.Obj o, int base, ByteArrayOutputStream to, int end) {
            byte[] text = o.text();
            int[] sites = o.sites();
            int from = 0;
            for (int s = 0; s < sites.length; s += 3) {
                int at = sites[s];
                to.write(text, from, at - from);
                int number = sites[s + 1] == PreparedPart.SHARED ? faceRefs[sites[s + 2]] : base + sites[s + 2];
                ascii(to, number + " 0 R");
                from = at;
            }
            to.write(text, from, end - from);
        }

        /** An empty page (the back of a section's last page in a book printed on both sides), unnumbered. */
        private void blank() throws IOException {
            int number = ++pageCount;
            int object = next++;
            pageObjects[number - 1] = object;
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            ascii(text, "<</Type/Page/MediaBox");
            text.write(A4, 0, A4.length);
            ascii(text, "/Resources<<>>/Parent " + node(number - 1) + " 0 R>>");
            compressed(object, text.toByteArray());
        }

        /** The page number's stream: closes the state the page's own content left, then prints 第 X 页 共 Y 页. */
        private int folio(PreparedPart.Page page, int number) throws IOException {
            String folio = PageMarks.folioText(number, pages);
            com.lowagie.text.pdf.ReferencedCidFont font = (com.lowagie.text.pdf.ReferencedCidFont) fonts.normal();
            StringBuilder hex = new StringBuilder(folio.length() * 4);
            SortedMap<Integer, String> all = glyphs.computeIfAbsent(folioFace, f -> new TreeMap<>());
            BitSet seen = known.computeIfAbsent(folioFace, f -> new BitSet());
            for (int i = 0; i < folio.length(); i++) {
                int[] metrics = font.getMetricsTT(folio.charAt(i));
                if (metrics == null) {
                    continue;
                }
                int glyph = metrics[0];
                for (int shift = 12; shift >= 0; shift -= 4) {
                    hex.append(Character.forDigit((glyph >> shift) & 0xF, 16));
                }
                if (!seen.get(glyph)) {
                    seen.set(glyph);
                    all.put(glyph, String.valueOf(folio.charAt(i)));
                }
            }
            float width = font.getWidthPoint(folio, FOLIO_SIZE);
            float x = page.width() / 2 - width / 2;
            String content = "Q\nq\n" + upright(page) + "BT\n/" + PreparedPart.FOLIO_FONT.toString().substring(1) + " " + ByteBuffer.formatDouble(FOLIO_SIZE)
                    + " Tf\n0 g\n1 0 0 1 " + ByteBuffer.formatDouble(x) + " " + ByteBuffer.formatDouble(FOLIO_BASELINE) + " Tm\n<"
                    + hex + "> Tj\nET\nQ\n";
            byte[] data = deflate(content.getBytes(StandardCharsets.ISO_8859_1));
            int object = next++;
            stream(object, ("<</Filter/FlateDecode/Length " + data.length + ">>").getBytes(StandardCharsets.ISO_8859_1), data);
            return object;
        }

        /** On a rotated page, the turn that sets the page number upright at the foot of the page as shown. */
        private static String upright(PreparedPart.Page page) {
            String w = ByteBuffer.formatDouble(page.width());
            String h = ByteBuffer.formatDouble(page.height());
            return switch (((page.rotation() % 360) + 360) % 360) {
                case 90 -> "0 1 -1 0 " + h + " 0 cm\n";
                case 180 -> "-1 0 0 -1 " + w + " " + h + " cm\n";
                case 270 -> "0 -1 1 0 0 " + w + " cm\n";
                default -> "";
            };
        }

        /** The leaf node of the page tree the page at {@code index} (0-based) hangs from. */
        private int node(int index) {
            return firstNode + index / PER_PAGE_NODE;
        }

        private void sharedFonts() throws IOException {
            int n = 0;
            for (int face = 0; face < faceRefs.length; face++) {
                SortedMap<Integer, String> text = glyphs.get(face);
                if (text == null) {
                    continue;
                }
                ReportFonts.Face f = fonts.faces().get(face);
                SharedFonts.write(f, text, PdfDeterminism.tag(n++) + "+" + f.name(), false, new SharedFonts.Body() {
                    @Override
                    public PdfIndirectReference add(PdfObject object) throws IOException {
                        Ref ref = new Ref(next++);
                        add(object, ref);
                        return ref;
                    }

                    @Override
                    public void add(PdfObject object, PdfIndirectReference ref) throws IOException {
                        object(ref.getNumber(), object);
                    }
                }, List.of(new Ref(faceRefs[face])));
            }
        }

        private void pageTree() throws IOException {
            StringBuilder kids = new StringBuilder("<</Type/Pages/Count " + pages + "/Kids[");
            for (int i = 0; i < nodes; i++) {
                int from = i * PER_PAGE_NODE;
                int to = Math.min(pages, from + PER_PAGE_NODE);
                StringBuilder node = new StringBuilder("<</Type/Pages/Parent " + pagesRoot + " 0 R/Count " + (to - from) + "/Kids[");
                for (int p = from; p < to; p++) {
                    node.append(p > from ? " " : "").append(pageObjects[p]).append(" 0 R");
                }
                compressed(firstNode + i, node.append("]>>").toString().getBytes(StandardCharsets.ISO_8859_1));
                kids.append(i > 0 ? " " : "").append(firstNode + i).append(" 0 R");
            }
            compressed(pagesRoot, kids.append("]>>").toString().getBytes(StandardCharsets.ISO_8859_1));
        }

        /** The outline: the top entries open, those below closed, as the binder has always written it. */
        private int outlines(List<Bookmark> outline) throws IOException {
            int root = next++;
            int[] numbers = items(outline, root, 1);
            int visible = 0;
            for (Bookmark b : outline) {
                visible += 1 + visibleBelow(b, 1);
            }
            compressed(root, ("<</Type/Outlines/First " + numbers[0] + " 0 R/Last " + numbers[numbers.length - 1] + " 0 R/Count "
                    + visible + ">>").getBytes(StandardCharsets.ISO_8859_1));
            return root;
        }

        private int[] items(List<Bookmark> entries, int parent, int level) throws IOException {
            int[] numbers = new int[entries.size()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = next++;
            }
            for (int i = 0; i < numbers.length; i++) {
                Bookmark b = entries.get(i);
                ByteArrayOutputStream text = new ByteArrayOutputStream();
                ascii(text, "<</Title");
                new PdfString(b.title(), PdfString.TEXT_UNICODE).toPdf(null, text);
                ascii(text, "/Parent " + parent + " 0 R");
                if (i > 0) {
                    ascii(text, "/Prev " + numbers[i - 1] + " 0 R");
                }
                if (i + 1 < numbers.length) {
                    ascii(text, "/Next " + numbers[i + 1] + " 0 R");
                }
                if (!b.kids().isEmpty()) {
                    int[] kids = items(b.kids(), numbers[i], level + 1);
                    int below = 0;
                    for (Bookmark k : b.kids()) {
                        below += 1 + visibleBelow(k, level + 1);
                    }
                    ascii(text, "/First " + kids[0] + " 0 R/Last " + kids[kids.length - 1] + " 0 R/Count " + (level == 1 ? below
                            : -below));
                }
                ascii(text, "/Dest[" + pageObjects[b.page() - 1] + " 0 R/Fit]>>");
                compressed(numbers[i], text.toByteArray());
            }
            return numbers;
        }

        /** How many entries below {@code b} a reader shows: all of an open one's, none of a closed one's. */
        private int visibleBelow(Bookmark b, int level) {
            if (level != 1) {
                return 0;
            }
            int n = 0;
            for (Bookmark k : b.kids()) {
                n += 1 + visibleBelow(k, level + 1);
            }
            return n;
        }

        private void info(Description about, LocalDate runDate) throws IOException {
            PdfDictionary d = new PdfDictionary();
            Binder.info(d, about, runDate);
            object(info, d);
        }

        private void catalog(int outlines) throws IOException {
            StringBuilder c = new StringBuilder("<</Type/Catalog/Pages " + pagesRoot + " 0 R");
            if (outlines != 0) {
                c.append("/Outlines ").append(outlines).append(" 0 R/PageMode/UseOutlines");
            }
            c.append("/PageLabels<</Nums[0<</S/D>>]>>/Lang(zh-CN)>>");
            compressed(catalog, c.toString().getBytes(StandardCharsets.ISO_8859_1));
        }

        /** An object built with OpenPDF's classes (a shared font's): a stream on its own, anything else compressed. */
        private void object(int number, PdfObject object) throws IOException {
            if (object instanceof PdfStream s) {
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                s.writeContent(data);
                PdfDictionary dict = new PdfDictionary();
                for (PdfName key : s.getKeys()) {
                    dict.put(key, s.get(key));
                }
                dict.put(PdfName.LENGTH, new PdfNumber(data.size()));
                stream(number, serialise(dict), data.toByteArray());
            } else {
                compressed(number, serialise(object));
            }
        }

        private byte[] serialise(PdfObject object) throws IOException {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            serialise(object, text);
            return text.toByteArray();
        }

        private void serialise(PdfObject object, ByteArrayOutputStream to) throws IOException {
            if (object instanceof PdfIndirectReference r) {
                ascii(to, r.getNumber() + " 0 R");
            } else if (object instanceof PdfDictionary d) {
                ascii(to, "<<");
                for (PdfName key : d.getKeys()) {
                    PdfObject value = d.get(key);
                    key.toPdf(null, to);
                    if (PreparedPart.spaced(value)) {
                        to.write(' ');
                    }
                    serialise(value, to);
                }
                ascii(to, ">>");
            } else if (object instanceof PdfArray a) {
                to.write('[');
                for (int i = 0; i < a.size(); i++) {
                    PdfObject value = a.getPdfObject(i);
                    if (i > 0 && PreparedPart.spaced(value)) {
                        to.write(' ');
                    }
                    serialise(value, to);
                }
                to.write(']');
            } else {
                object.toPdf(null, to);
            }
        }

        private void stream(int number, byte[] dict, byte[] data) throws IOException {
            at(number, out.count, 0);
            ascii(out, number + " 0 obj\n");
            out.write(dict);
            ascii(out, "\nstream\n");
            out.write(data);
            ascii(out, "\nendstream\nendobj\n");
        }

        /** An object that goes into an object stream. */
        private void compressed(int number, byte[] text) throws IOException {
            pendingAt.add(new int[] {number, pending.size()});
            pending.write(text, 0, text.length);
            pending.write('\n');
            if (pendingAt.size() == PER_OBJECT_STREAM) {
                flushPending();
            }
        }

        private void flushPending() throws IOException {
            if (pendingAt.isEmpty()) {
                return;
            }
            int number = next++;
            StringBuilder header = new StringBuilder();
            for (int i = 0; i < pendingAt.size(); i++) {
                int[] o = pendingAt.get(i);
                header.append(o[0]).append(' ').append(o[1]).append(' ');
                at(o[0], -number, i);
            }
            byte[] head = header.toString().getBytes(StandardCharsets.ISO_8859_1);
            ByteArrayOutputStream all = new ByteArrayOutputStream(head.length + pending.size());
            all.write(head);
            pending.writeTo(all);
            byte[] data = deflate(all.toByteArray());
            stream(number, ("<</Type/ObjStm/N " + pendingAt.size() + "/First " + head.length + "/Filter/FlateDecode/Length "
                    + data.length + ">>").getBytes(StandardCharsets.ISO_8859_1), data);
            pending.reset();
            pendingAt.clear();
        }

        private byte[] deflate(byte[] data) {
            deflater.reset();
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream to = new ByteArrayOutputStream(data.length / 2 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                to.write(buffer, 0, n);
            }
            return to.toByteArray();
        }

        private void at(int number, long offset, int index) {
            if (number >= offsets.length) {
                int size = Math.max(number + 1, offsets.length * 2);
                offsets = Arrays.copyOf(offsets, size);
                indexes = Arrays.copyOf(indexes, size);
            }
            offsets[number] = offset;
            indexes[number] = index;
        }

        /** The cross-reference stream: every object's place, the free ones (fonts of faces unused) marked free. */
        private void crossReference() throws IOException {
            int xref = next++;
            at(xref, out.count, 0);
            int size = next;
            ByteArrayOutputStream table = new ByteArrayOutputStream(size * 7);
            for (int n = 0; n < size; n++) {
                long o = n < offsets.length ? offsets[n] : 0;
                if (n == 0 || o == 0) {
                    row(table, 0, 0, n == 0 ? 65535 : 0);
                } else if (o < 0) {
                    row(table, 2, -o, indexes[n]);
                } else {
                    row(table, 1, o, 0);
                }
            }
            byte[] data = deflate(table.toByteArray());
            String id = HexFormat.of().formatHex(out.digest(), 0, 16).toUpperCase(java.util.Locale.ROOT);
            long start = out.count;
            ascii(out, xref + " 0 obj\n<</Type/XRef/Size " + size + "/W[1 4 2]/Root " + catalog + " 0 R/Info " + info
                    + " 0 R/ID[<" + id + "><" + id + ">]/Filter/FlateDecode/Length " + data.length + ">>\nstream\n");
            out.write(data);
            ascii(out, "\nendstream\nendobj\nstartxref\n" + start + "\n%%EOF\n");
        }

        private void row(ByteArrayOutputStream table, int type, long field, int third) {
            table.write(type);
            table.write((int) (field >>> 24));
            table.write((int) (field >>> 16));
            table.write((int) (field >>> 8));
            table.write((int) field);
            table.write(third >>> 8);
            table.write(third);
        }
    }

    private static void ascii(OutputStream to, String text) {
        try {
            to.write(text.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void ascii(ByteArrayOutputStream to, String text) {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        to.write(b, 0, b.length);
    }

    /** A reference to an object the writer numbered. */
    private static final class Ref extends PdfIndirectReference {
        Ref(int number) {
            this.number = number;
            this.generation = 0;
        }
    }

    /** The file as written: its length so far, and a digest of it (the /ID). */
    private static final class Counted extends OutputStream {
        private final OutputStream out;
        private final MessageDigest sha = Sha256.newDigest();
        long count;

        Counted(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            sha.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            sha.update(b, off, len);
            count += len;
        }

        byte[] digest() {
            return sha.digest();
        }
    }
}
