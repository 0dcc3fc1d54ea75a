package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jixiao.filing.Sha256;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plain edition of a book, written from prepared parts: the same bytes whether the parts were prepared
 * tonight, taken as kept, or kept by another version; every page numbered upright at its foot, landscape
 * pages too; one subset per face; bookmarks and labels as the binder has always written them.
 */
class BookWriterTest {

    private static final LocalDate RUN = LocalDate.of(2026, 11, 21);
    private static Rendered cover;
    private static Rendered targets;
    private static Rendered summary;

    @TempDir
    Path dir;

    @BeforeAll
    static void render() {
        Reports reports = TestReports.get();
        cover = TestReports.sampleCover(RUN);
        targets = TestReports.sampleTargets(RUN);
        org.jixiao.summary.YearSummary year = new org.jixiao.summary.YearSummary(2025);
        for (int d = 1; d <= 3; d++) {
            org.jixiao.filing.Project p = Samples.target("项目", 3, "目标。", null);
            year.addTarget(new org.jixiao.filing.Project(p.kind(), p.year(), "松江区", "上海市松江区第" + d + "局", p.unit(), p.code(),
                    p.name(), p.nature(), p.category(), p.start(), p.end(), p.funds(), p.evaluation(), p.projectGoal(), p.annualGoal(),
                    p.indicators(), p.source()));
        }
        summary = reports.overallSummary(year, RUN);
    }

    /** The parts as files with the digests a night records, as the books step binds them. */
    private List<Piece> pieces(Path parts) throws Exception {
        Files.createDirectories(parts);
        Path t = parts.resolve("申报表.pdf");
        Path s = parts.resolve("汇总表.pdf");
        Files.write(t, targets.pdf());
        Files.write(s, summary.pdf());
        return List.of(Piece.of("封面", cover).unnumbered().startingRecto(),
                new Piece("汇总表", new PreparedParts.PartFile(s, digest(summary.pdf())), summary.pages(), true, true),
                new Piece("申报表", new PreparedParts.PartFile(t, digest(targets.pdf())), targets.pages(), true, true));
    }

    private byte[] book(Path output, Printing printing) throws Exception {
        List<Piece> pieces = pieces(output.resolve("parts"));
        Layout layout = Binder.layout(pieces, printing);
        List<Bookmark> outline = List.of(Bookmark.leaf("汇总表", layout.starts()[1]),
                new Bookmark("绩效目标申报表", layout.starts()[2], PartOutline.of(targets.pdf()).at(layout.starts()[2])));
        Path file = output.resolve("book.pdf");
        new Binder(net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance()).write(file, pieces, outline, printing,
                Description.titled("测试汇编"), false, RUN, PreparedParts.in(output));
        return Files.readAllBytes(file);
    }

    @Test
    void aBookFromKeptPartsIsTheBookFromPartsPreparedTonight() throws Exception {
        byte[] first = book(dir.resolve("a"), Printing.FINAL);
        Path kept = dir.resolve("a").resolve(".jixiao").resolve("cache").resolve("prepared");
        assertThat(Files.list(kept).map(p -> p.getFileName().toString()).toList()).as("both parts kept by digest")
                .contains(digest(targets.pdf()), digest(summary.pdf()));
        assertThat(book(dir.resolve("a"), Printing.FINAL)).as("bound again from the kept parts").isEqualTo(first);
        assertThat(book(dir.resolve("b"), Printing.FINAL)).as("a fresh folder").isEqualTo(first);
        // a kept part cut short, and one another version wrote: both prepared again, the same book
        try (Stream<Path> files = Files.list(kept)) {
            List<Path> all = files.toList();
            Files.write(all.get(0), java.util.Arrays.copyOf(Files.readAllBytes(all.get(0)), 100));
            byte[] other = Files.readAllBytes(all.get(1));
            other[5] ^= 1;
            Files.write(all.get(1), other);
        }
        assertThat(book(dir.resolve("a"), Printing.FINAL)).isEqualTo(first);
        // one damaged inside its content, a byte of a page's stream changed: prepared again, the same book
        try (Stream<Path> files = Files.list(kept)) {
            for (Path f : files.toList()) {
                byte[] damaged = Files.readAllBytes(f);
                damaged[damaged.length / 2] ^= 1;
                Files.write(f, damaged);
            }
        }
        assertThat(book(dir.resolve("a"), Printing.FINAL)).isEqualTo(first);
    }

    @Test
    void everyPageIsNumberedUprightAtItsFootAndTheBookmarksOpenTheirPages() throws Exception {
        byte[] pdf = book(dir, new Printing(false, true));
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            int n = doc.getNumberOfPages();
            assertThat(Pdfs.squeezed(Pdfs.text(doc, 1, 1))).as("the cover is not numbered").doesNotContain("第1页");
            boolean landscape = false;
            for (int p = 2; p <= n; p++) {
                String text = Pdfs.squeezed(Pdfs.text(doc, p, p));
                if (text.isEmpty()) {
                    continue; // a blank back in a book printed on both sides
                }
                assertThat(text).as("page %d", p).contains("第" + p + "页共" + n + "页");
                var page = doc.getPage(p - 1);
                landscape |= page.getRotation() != 0;
                TextPosition[] found = positions(doc, p);
                float shownHeight = page.getRotation() % 180 == 0 ? page.getMediaBox().getHeight() : page.getMediaBox().getWidth();
                assertThat(found[1].getDir()).as("page %d: the page number runs as the page's own text", p).isEqualTo(found[0].getDir());
                assertThat(found[1].getYDirAdj()).as("page %d: at the foot", p).isGreaterThan(shownHeight - 40);
            }
            assertThat(landscape).as("the 汇总表 has a landscape page").isTrue();
            Map<String, Integer> outline = Pdfs.outlinePages(doc);
            assertThat(outline).containsEntry("汇总表", 3).containsKey("党建工作");
            assertThat(outline.get("绩效目标申报表") % 2).as("starts on a right-hand page").isEqualTo(1);
            assertThat(Pdfs.pageLabels(doc)).hasSize(n);
            Pdfs.assertFontsEmbedded(doc);
        }
    }

    /** The first character of page {@code p}'s own text, and the first of its page number. */
    private static TextPosition[] positions(PDDocument doc, int p) throws Exception {
        TextPosition[] found = new TextPosition[2];
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (found[0] == null) {
                    found[0] = text;
                }
                if (found[1] == null && "第".equals(text.getUnicode()) && text.getFontSizeInPt() < 9) {
                    found[1] = text;
                }
                super.processTextPosition(text);
            }
        };
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        stripper.getText(doc);
        assertThat(found[1]).as("page %d has a page number", p).isNotNull();
        return found;
    }

    private static String digest(byte[] pdf) {
        return HexFormat.of().formatHex(Sha256.newDigest().digest(pdf));
    }
}
