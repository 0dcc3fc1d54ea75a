package org.jixiao.render;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageLabels;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JasperReportsContext;

/**
 * Binds rendered parts into one publication with OpenPDF: their pages copied as they are (each form is
 * filled once, whichever publications carry it), one subset of each face of the report font for the
 * whole publication ({@link SharedFonts}), numbered 第 X 页 共 Y 页 through the publication, a
 * draft watermark, blank pages before right-hand sections in a duplex book, PDF bookmarks and page
 * labels. Parts are read one at a time and their pages written as they are copied, so a book of any
 * size needs the memory of its largest part. The result depends on the parts and the run date only.
 */
public final class Binder {

    /** Books are published in Shanghai: the document dates carry +08'00' on any machine. */
    private static final TimeZone ZONE = TimeZone.getTimeZone("Asia/Shanghai");
    private static final String PRODUCER = "jixiao (JasperReports, OpenPDF)";

    private final PageMarks marks;
    private final ReportFonts fonts;
    private final byte[] blank;

    public Binder(JasperReportsContext context) {
        this.fonts = ReportFonts.of(context);
        this.marks = new PageMarks(fonts.normal());
        this.blank = blankPage();
    }

    ReportFonts fonts() {
        return fonts;
    }

    /** Where each piece will start, blank pages included. */
    static Layout layout(List<Piece> pieces, Printing printing) {
        return Layout.of(pieces, printing.duplex());
    }

    /** A small publication, in memory. */
    public byte[] bytes(List<Piece> pieces, List<Bookmark> outline, Printing printing, String title, LocalDate runDate) {
        return bytes(pieces, outline, printing, Description.titled(title), false, runDate);
    }

    /** A small publication, in memory; {@code archive}: as PDF/A-1b ({@link Archive}). */
    public byte[] bytes(List<Piece> pieces, List<Bookmark> outline, Printing printing, Description about, boolean archive,
            LocalDate runDate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        bind(out, pieces, outline, printing, about, archive, runDate);
        return PdfDeterminism.normalise(out.toByteArray(), runDate);
    }

    /** A publication of any size, written to {@code file} (a scratch file; the caller publishes it). */
    public void write(Path file, List<Piece> pieces, List<Bookmark> outline, Printing printing, Description about,
            boolean archive, LocalDate runDate) throws IOException {
        write(file, pieces, outline, printing, about, archive, runDate, null);
    }

    /**
     * The same; with {@code prepared}, the plain edition (not a draft, not the archive edition) is written from the
     * parts as prepared ({@link BookWriter}): a part prepared before, for this book or another, is not read again.
     */
    public void write(Path file, List<Piece> pieces, List<Bookmark> outline, Printing printing, Description about,
            boolean archive, LocalDate runDate, PreparedParts prepared) throws IOException {
        if (prepared != null && !archive && !printing.draft()) {
            new BookWriter(fonts).write(file, pieces, layout(pieces, printing), outline, about, runDate, p -> prepared.of(p, fonts));
            return;
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            bind(new BufferedOutputStream(out, 1 << 16), pieces, outline, printing, about, archive, runDate);
        }
        PdfDeterminism.normalise(file);
    }

    private void bind(OutputStream out, List<Piece> pieces, List<Bookmark> outline, Printing printing, Description about,
            boolean archive, LocalDate runDate) {
        Layout layout = layout(pieces, printing);
        Document document = new Document();
        try {
            BindingCopy copy = new BindingCopy(document, out, fonts, archive);
            copy.setCloseStream(false);
            copy.setViewerPreferences(outline.isEmpty() ? PdfWriter.PageModeUseNone : PdfWriter.PageModeUseOutlines);
            if (archive) {
                copy.setPDFXConformance(PdfWriter.PDFA1B);
            } else {
                // objects in compressed object streams, the cross-reference as a stream (PDF 1.5): a page's
                // dictionary, its outline entries and its cross-reference entries cost some 500 bytes
                // uncompressed. PDF/A-1 (PDF 1.4) allows neither.
                copy.setFullCompression();
            }
            document.open();
            describe(copy, about, runDate);
            if (archive) {
                Archive.prepare(copy, about, PRODUCER, runDate);
            }
            SubsetTags tags = new SubsetTags();
            for (int i = 0; i < pieces.size(); i++) {
                if (layout.blankBefore()[i]) {
                    copyPages(copy, blank, 1, false, layout.starts()[i] - 1, layout.pages(), printing, archive);
                }
                Piece p = pieces.get(i);
                byte[] pdf = tags.rename(p.source().read());
                int n = copyPages(copy, pdf, p.pages(), p.numbered(), layout.starts()[i], layout.pages(), printing, archive);
                if (n != p.pages()) {
                    throw new IllegalStateException(p.name() + "：应有 " + p.pages() + " 页，实有 " + n + " 页");
                }
            }
            copy.setOutlines(outlines(outline, 1));
            PdfPageLabels labels = new PdfPageLabels();
            labels.addPageLabel(1, PdfPageLabels.DECIMAL_ARABIC_NUMERALS);
            copy.setPageLabels(labels);
            document.close();
            out.flush();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("PDF 装订失败：" + about.title() + "：" + e.getMessage(), e);
        }
    }

    /** Copies every page of {@code pdf}, the first as page {@code first} of {@code total}; returns how many. */
    private int copyPages(PdfCopy copy, byte[] pdf, int expected, boolean numbered, int first, int total, Printing printing,
            boolean archive) throws IOException, DocumentException {
        PdfReader reader = new PartReader(pdf, name -> fonts.face(name) != null);
        try {
            int n = reader.getNumberOfPages();
            for (int p = 1; p <= Math.min(n, expected); p++) {
                if (archive) {
                    Archive.page(reader.getPageN(p));
                }
                PdfImportedPage page = copy.getImportedPage(reader, p);
                PdfCopy.PageStamp stamp = copy.createPageStamp(page);
                PdfContentByte over = stamp.getOverContent();
                Rectangle size = reader.getPageSizeWithRotation(p);
                if (numbered) {
                    marks.folio(over, size, first + p - 1, total);
                }
                if (printing.draft()) {
                    if (archive) {
                        marks.opaqueWatermark(stamp.getUnderContent(), size);
                    } else {
                        marks.watermark(over, size);
                    }
                }
                stamp.alterContents();
                copy.addPage(page);
            }
            copy.freeReader(reader);
            return n;
        } finally {
            reader.close();
        }
    }

    private static void describe(PdfCopy copy, Description about, LocalDate runDate) {
        info(copy.getInfo(), about, runDate);
        copy.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
    }

    /** A publication's document information: its description, jixiao as creator and producer, the run date. */
    static void info(com.lowagie.text.pdf.PdfDictionary info, Description about, LocalDate runDate) {
        GregorianCalendar day = new GregorianCalendar(ZONE);
        day.clear();
        day.set(runDate.getYear(), runDate.getMonthValue() - 1, runDate.getDayOfMonth());
        info.put(PdfName.TITLE, new PdfString(about.title(), PdfString.TEXT_UNICODE));
        if (about.author() != null) {
            info.put(PdfName.AUTHOR, new PdfString(about.author(), PdfString.TEXT_UNICODE));
        }
        if (about.subject() != null) {
            info.put(PdfName.SUBJECT, new PdfString(about.subject(), PdfString.TEXT_UNICODE));
        }
        if (about.keywords() != null) {
            info.put(PdfName.KEYWORDS, new PdfString(about.keywords(), PdfString.TEXT_UNICODE));
        }
        info.put(PdfName.CREATOR, new PdfString("jixiao"));
        info.put(PdfName.PRODUCER, new PdfString(PRODUCER));
        info.put(PdfName.CREATIONDATE, new PdfDate(day));
        info.put(PdfName.MODDATE, new PdfDate(day));
    }

    /** The outline in the form OpenPDF writes: top entries open, the ones below closed. */
    private static List<Map<String, Object>> outlines(List<Bookmark> entries, int level) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Bookmark b : entries) {
            Map<String, Object> m = new HashMap<>();
            m.put("Title", b.title());
            m.put("Action", "GoTo");
            m.put("Page", b.page() + " Fit");
            if (!b.kids().isEmpty()) {
                m.put("Kids", outlines(b.kids(), level + 1));
                m.put("Open", level == 1 ? "true" : "false");
            }
            out.add(m);
        }
        return out;
    }

    /** One empty A4 page: the back of a page that ends a section in a duplex book. */
    private static byte[] blankPage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document d = new Document(PageSize.A4);
        PdfWriter w = PdfWriter.getInstance(d, out);
        d.open();
        w.setPageEmpty(false);
        d.newPage();
        d.close();
        return out.toByteArray();
    }
}
