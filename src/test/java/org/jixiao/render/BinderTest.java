package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Parts bound into one publication: numbered through, bookmarked, blank backs in duplex, a draft stamped, the same bytes twice. */
class BinderTest {

    private static final LocalDate RUN = LocalDate.of(2026, 11, 21);
    private static Rendered cover;
    private static Rendered targets;
    private static Rendered self;

    @BeforeAll
    static void render() {
        Reports reports = TestReports.get();
        cover = TestReports.sampleCover(RUN);
        targets = TestReports.sampleTargets(RUN);
        self = reports.selfEvaluationForms(List.of(Samples.selfForm(Samples.self("自评项目", 8, "预期", "实际"), List.of())),
                "测试", RUN);
    }

    private static byte[] bind(Printing printing) throws Exception {
        PartOutline t = PartOutline.of(targets.pdf());
        List<Piece> pieces = List.of(Piece.of("封面", cover).unnumbered().startingRecto(), Piece.of("申报表", targets).startingRecto(),
                Piece.of("自评表", self).startingRecto());
        Layout layout = Binder.layout(pieces, printing);
        List<Bookmark> outline = List.of(new Bookmark("绩效目标申报表", layout.starts()[1], t.at(layout.starts()[1])),
                Bookmark.leaf("绩效自评表", layout.starts()[2]));
        return new Binder(net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance())
                .bytes(pieces, outline, printing, "测试", RUN);
    }

    @Test
    void aPartIsReadWithoutTheWidthsOfASharedFaceAndWithEveryOtherFontsWidths() throws Exception {
        com.lowagie.text.pdf.PdfReader plain = new com.lowagie.text.pdf.PdfReader(targets.pdf());
        List<com.lowagie.text.pdf.PdfDictionary> fonts = cidFonts(plain);
        assertThat(fonts).as("the report font's faces, each with its widths").isNotEmpty()
                .allSatisfy(f -> assertThat(f.get(com.lowagie.text.pdf.PdfName.W)).isNotNull());

        assertThat(cidFonts(new PartReader(targets.pdf(), name -> true))).hasSameSizeAs(fonts)
                .allSatisfy(f -> assertThat(f.get(com.lowagie.text.pdf.PdfName.W)).as("shared: never copied, not read").isNull());
        List<com.lowagie.text.pdf.PdfDictionary> kept = cidFonts(new PartReader(targets.pdf(), name -> false));
        assertThat(kept).hasSameSizeAs(fonts);
        for (int i = 0; i < fonts.size(); i++) {
            assertThat(kept.get(i).get(com.lowagie.text.pdf.PdfName.W).toString()).as("not shared: copied, so read as OpenPDF reads it")
                    .isEqualTo(fonts.get(i).get(com.lowagie.text.pdf.PdfName.W).toString());
        }
    }

    private static List<com.lowagie.text.pdf.PdfDictionary> cidFonts(com.lowagie.text.pdf.PdfReader reader) {
        List<com.lowagie.text.pdf.PdfDictionary> out = new ArrayList<>();
        for (int i = 1; i < reader.getXrefSize(); i++) {
            if (reader.getPdfObject(i) instanceof com.lowagie.text.pdf.PdfDictionary d
                    && com.lowagie.text.pdf.PdfName.CIDFONTTYPE2.equals(d.getAsName(com.lowagie.text.pdf.PdfName.SUBTYPE))) {
                out.add(d);
            }
        }
        return out;
    }

    @Test
    void aPartsObjectThatNoPageRefersToIsNotBound() throws Exception {
        // a part with an object nothing refers to: the binder's reader keeps it (PartReader), the copy must not take it
        java.io.ByteArrayOutputStream withOrphan = new java.io.ByteArrayOutputStream();
        com.lowagie.text.pdf.PdfStamper stamper = new com.lowagie.text.pdf.PdfStamper(new com.lowagie.text.pdf.PdfReader(targets.pdf()),
                withOrphan);
        stamper.getWriter().addToBody(new com.lowagie.text.pdf.PdfString("孤立的对象", com.lowagie.text.pdf.PdfObject.TEXT_UNICODE));
        stamper.close();
        assertThat(strings(withOrphan.toByteArray())).as("the part holds it").contains("孤立的对象");

        byte[] bound = new Binder(net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance())
                .bytes(List.of(new Piece("申报表", withOrphan::toByteArray, targets.pages(), false, true)), List.of(),
                        new Printing(false, false), "测试", RUN);
        assertThat(strings(bound)).doesNotContain("孤立的对象");
        assertThat(bound).isEqualTo(new Binder(net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance())
                .bytes(List.of(Piece.of("申报表", targets)), List.of(), new Printing(false, false), "测试", RUN));
    }

    /** Every string object of a PDF, as PDFBox reads its cross-reference table (every object, referred to or not). */
    private static List<String> strings(byte[] pdf) throws Exception {
        List<String> found = new java.util.ArrayList<>();
        try (PDDocument doc = Pdfs.open(pdf)) {
            org.apache.pdfbox.cos.COSDocument cos = doc.getDocument();
            for (org.apache.pdfbox.cos.COSObjectKey key : cos.getXrefTable().keySet()) {
                if (cos.getObjectFromPool(key).getObject() instanceof org.apache.pdfbox.cos.COSString string) {
                    found.add(string.getString());
                }
            }
        }
        return found;
    }

    @Test
    void theFormsBringTheirProjectsAsBookmarks() throws Exception {
        PartOutline t = PartOutline.of(targets.pdf());
        assertThat(t.pages()).isEqualTo(targets.pages());
        assertThat(t.entries()).extracting(Bookmark::title).containsExactly("党建工作", "长目标项目", "第三个项目");
        assertThat(t.entries().get(0).page()).isEqualTo(1);
        assertThat(t.entries().get(2).page()).isGreaterThan(t.entries().get(1).page());
    }

    @Test
    void pagesAreNumberedThroughTheCoverAndBlanksAreNot() throws Exception {
        byte[] pdf = bind(new Printing(false, true));
        try (PDDocument doc = Pdfs.open(pdf)) {
            int n = doc.getNumberOfPages();
            assertThat(n % 2).as("duplex: blank back after the cover").isEqualTo(targets.pages() % 2 == 1 ? 0 : 1);
            assertThat(Pdfs.squeezed(Pdfs.text(doc, 1, 1))).doesNotContain("第1页");
            assertThat(Pdfs.squeezed(Pdfs.text(doc, 2, 2))).isEmpty();
            for (int p = 3; p <= n; p++) {
                String text = Pdfs.squeezed(Pdfs.text(doc, p, p));
                if (!text.isEmpty()) {
                    assertThat(text).contains("第" + p + "页共" + n + "页");
                }
            }
            Pdfs.assertFontsEmbedded(doc);
            Map<String, Integer> outline = Pdfs.outlinePages(doc);
            assertThat(outline).containsEntry("绩效目标申报表", 3).containsEntry("党建工作", 3);
            assertThat(outline.get("绩效自评表") % 2).as("starts on a right-hand page").isEqualTo(1);
            assertThat(Pdfs.squeezed(Pdfs.text(doc, outline.get("绩效自评表"), outline.get("绩效自评表")))).contains("财政项目支出绩效自评表");
            assertThat(Pdfs.squeezed(Pdfs.text(doc, outline.get("第三个项目"), outline.get("第三个项目")))).contains("第三个项目");
            assertThat(Pdfs.pageLabels(doc)).containsExactlyElementsOf(numbers(n));
        }
    }

    @Test
    void aDraftSaysSoOnEveryPage() throws Exception {
        try (PDDocument doc = Pdfs.open(bind(new Printing(true, true)))) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                assertThat(Pdfs.squeezed(Pdfs.everyCharacter(doc, p))).as("page %d", p).contains(PageMarks.DRAFT);
            }
        }
    }

    @Test
    void theSameInputGivesTheSameBytesAndOneSubsetOfEachFaceHoweverManyParts() throws Exception {
        byte[] one = bind(new Printing(true, false));
        assertThat(one).isEqualTo(bind(new Printing(true, false)));
        try (PDDocument doc = Pdfs.open(one)) {
            Map<String, Set<String>> subsets = new HashMap<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    byte[] file = ((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2().toByteArray();
                    subsets.computeIfAbsent(font.getName(), k -> new TreeSet<>())
                            .add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)));
                }
            }
            assertThat(subsets).allSatisfy((name, files) -> assertThat(files).as(name).hasSize(1));
            assertThat(subsets.keySet()).as("the cover, two forms and the page numbers share the two faces of the report font")
                    .hasSize(2).anyMatch(n -> n.endsWith("+NotoSansHans-Regular")).anyMatch(n -> n.endsWith("+NotoSansHans-Medium"));
            Pdfs.assertFontsEmbedded(doc);
            String text = Pdfs.squeezed(Pdfs.text(doc));
            assertThat(text).contains("2025年度项目支出绩效目标汇编", "财政项目支出绩效目标申报表", "财政项目支出绩效自评表", "三级指标第40项");
        }
    }

    @Test
    void aPartKeepsNoFontProgramTheBinderEmbedsIt() throws Exception {
        try (PDDocument doc = Pdfs.open(targets.pdf())) {
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDType0Font font = (PDType0Font) doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isFalse();
                assertThat(font.getName()).doesNotContain("+");
            }
            assertThat(Pdfs.squeezed(Pdfs.text(doc, 1, 1))).as("a part's text still reads").startsWith("财政项目支出绩效目标申报表");
        }
    }

    private static List<String> numbers(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(Integer.toString(i));
        }
        return out;
    }
}
