package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** An archive edition is PDF/A-1b by veraPDF's count, its fonts embedded, its metadata saying what it is. */
class ArchiveTest {

    private static final LocalDate RUN = LocalDate.of(2026, 11, 21);

    private static byte[] bind(boolean draft) {
        Reports reports = TestReports.get();
        Rendered cover = reports.bookCover("2025年度项目支出绩效目标及自评汇编", "松江区", null, "主管部门 1 个", RUN, draft);
        Rendered targets = reports.targetForms(List.of(Samples.target("党建工作", 30, "短目标。", null)), "测试", RUN);
        Rendered self = reports.selfEvaluationForms(List.of(Samples.selfForm(Samples.self("自评项目", 8, "预期", "实际"), List.of())),
                "测试", RUN);
        List<Piece> pieces = List.of(Piece.of("封面", cover).unnumbered(), Piece.of("申报表", targets), Piece.of("自评表", self));
        Description about = new Description("2025年度项目支出绩效目标及自评汇编", "中共上海市松江区委组织部", "2025年度；松江区",
                "2025年度；松江区；汇编");
        return reports.binder().bytes(pieces, List.of(Bookmark.leaf("申报表", 2)), new Printing(draft, true, true), about, true, RUN);
    }

    @Test
    void anArchiveEditionPassesVeraPdfAsPdfA1b() throws Exception {
        byte[] pdf = bind(false);
        assertThat(PdfA.failedRules(pdf)).isEmpty();
        try (PDDocument doc = Pdfs.open(pdf)) {
            Pdfs.assertFontsEmbedded(doc);
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("2025年度项目支出绩效目标及自评汇编", "中共上海市松江区委组织部", "2025年度", "<pdfaid:part>1</pdfaid:part>",
                    "<pdfaid:conformance>B</pdfaid:conformance>");
            assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
            assertThat(Pdfs.squeezed(Pdfs.text(doc))).contains("财政项目支出绩效目标申报表", "第2页共");
        }
    }

    @Test
    void aDraftsArchiveEditionToo() throws Exception {
        assertThat(PdfA.failedRules(bind(true))).isEmpty();
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        assertThat(bind(false)).isEqualTo(bind(false));
    }
}
