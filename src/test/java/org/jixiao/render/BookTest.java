package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jixiao.cli.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The summary books and disclosure editions of the sample filings in input/, read back with PDFBox: the
 * outline and the contents point at the pages where 地区, departments and projects start, page numbers
 * run through the book, a department's disclosure edition states its sentence and holds its forms, and
 * a second run gives the same bytes. Drafts and duplex books: {@link LargeBookTest}.
 */
class BookTest {

    private static final String RUN_DATE = "2026-11-21";
    private static final String SONGJIANG = "2025/松江区/中共上海市松江区委组织部/";

    @TempDir
    static Path dir;
    static Path out;
    static Path again;

    @BeforeAll
    static void runTwice() {
        out = dir.resolve("out");
        again = dir.resolve("again");
        assertThat(run(out)).isZero();
        assertThat(run(again)).isZero();
    }

    private static int run(Path output) {
        return Cli.run(new String[] {"--input=input", "--output=" + output, "--run-date=" + RUN_DATE});
    }

    @Test
    void theBookOfTheYearPointsEveryBookmarkAndContentsLineAtItsSection() throws Exception {
        BookReader book = new BookReader(out.resolve("2025/汇编-2025.pdf"));
        assertThat(book.text.get(1)).as("the cover is page 1").contains("2025年度项目支出绩效目标汇编", "全部地区", "嘉定区、松江区",
                "2026年11月21日");
        assertThat(book.page("目录")).isEqualTo(2);
        // who filed (issue 17) right after the contents, before the sums: without a roster, the departments that filed
        assertThat(book.text.get(book.page("报送情况表"))).startsWith("2025年度项目绩效报送情况表（全部地区）")
                .contains("1中共上海市嘉定区委组织部否已报70", "2中共上海市松江区委组织部否已报70", "已报2个（其中被拒收0个）。");
        assertThat(book.page("报送情况表")).isEqualTo(book.page("目录") + 1).isLessThan(book.page("汇总表"));
        assertThat(book.at(1)).extracting(Pdfs.Outline::title).containsExactly("目录", "报送情况表", "汇总表", "嘉定区", "松江区");
        assertThat(book.at(2)).extracting(Pdfs.Outline::title).containsExactly("全部地区汇总表", "嘉定区汇总表", "松江区汇总表",
                "中共上海市嘉定区委组织部", "中共上海市松江区委组织部");
        assertThat(book.at(4)).extracting(Pdfs.Outline::title).hasSize(14)
                .containsSubsequence("党建工作", "干部工作", "网络信息系统开发、升级、建设", "公务员工作经费", "网络信息系统运行与维护", "业务培训",
                        "党代表工作经费");
        book.assertBookmarksOpenTheirSections(2025);
        book.assertContentsMatchBookmarks();
        book.assertNumberedThrough();
    }

    @Test
    void aYearWithBothKindsBindsEachDepartmentsSummaryTargetsAndSelfEvaluations() throws Exception {
        BookReader book = new BookReader(out.resolve("2023/汇编-2023.pdf"));
        assertThat(book.text.get(1)).contains("2023年度项目支出绩效目标及自评汇编");
        assertThat(book.at(1)).extracting(Pdfs.Outline::title).containsExactly("目录", "报送情况表", "汇总表", "市级", "松江区");
        assertThat(book.at(3)).extracting(Pdfs.Outline::title).containsExactly("汇总表", "绩效目标申报表", "汇总表", "绩效目标申报表",
                "汇总表", "绩效自评表");
        assertThat(book.at(4)).hasSize(6 + 3 + 6);
        book.assertBookmarksOpenTheirSections(2023);
        book.assertContentsMatchBookmarks();
        book.assertNumberedThrough();
    }

    @Test
    void aBookPerRegionWhenThereAreSeveral() throws Exception {
        BookReader book = new BookReader(out.resolve("2025/松江区/汇编-2025-松江区.pdf"));
        assertThat(book.text.get(1)).contains("2025年度项目支出绩效目标汇编", "松江区").doesNotContain("全部地区");
        assertThat(book.at(1)).extracting(Pdfs.Outline::title).containsExactly("目录", "报送情况表", "汇总表", "松江区");
        assertThat(book.at(4)).hasSize(7);
        book.assertBookmarksOpenTheirSections(2025);
        book.assertContentsMatchBookmarks();
        book.assertNumberedThrough();
    }

    @Test
    void theDisclosureEditionStatesTheSentenceAndHoldsEveryProjectsTargets() throws Exception {
        try (PDDocument doc = Pdfs.open(out.resolve(SONGJIANG + "公开版-中共上海市松江区委组织部-2025.pdf"))) {
            String first = Pdfs.squeezed(Pdfs.text(doc, 1, 1));
            assertThat(first).startsWith("中共上海市松江区委组织部2025年财政支出项目绩效目标申报表绩效目标设置情况")
                    .contains("按照本市预算绩效管理工作的总体要求，本部门开展了2025年项目预算绩效目标编报工作，编报绩效目标的项目7个，"
                            + "涉及项目预算资金802.32万元，其中预算金额1000万元（含）以上的项目有0个。");
            int forms = 0;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                String page = Pdfs.squeezed(Pdfs.text(doc, p, p));
                forms += page.startsWith("财政项目支出绩效目标申报表") ? 1 : 0;
                assertThat(page).contains("第" + p + "页共" + doc.getNumberOfPages() + "页");
            }
            assertThat(forms).as("seven 申报表").isEqualTo(7);
            assertThat(Pdfs.outline(doc)).extracting(Pdfs.Outline::title).containsExactly("绩效目标设置情况", "党建工作", "干部工作",
                    "网络信息系统开发、升级、建设", "公务员工作经费", "网络信息系统运行与维护", "业务培训", "党代表工作经费");
            Pdfs.assertFontsEmbedded(doc);
        }
        List<String> csv = Files.readAllLines(out.resolve(SONGJIANG + "公开版-中共上海市松江区委组织部-2025.csv"), StandardCharsets.UTF_8);
        assertThat(csv).hasSize(1 + 7 + 1);
        assertThat(csv.get(8)).startsWith("2025,松江区,中共上海市松江区委组织部,合计,,7个项目,,,,8023150.00,802.32,")
                .endsWith("，其中预算金额1000万元（含）以上的项目有0个。");
    }

    @Test
    void aBookPrintedOnOneSideHasNoBlankPage() throws Exception {
        Map<String, String> books = new java.util.TreeMap<>(pdfs(out));
        books.keySet().removeIf(path -> !path.contains("汇编-"));
        assertThat(books).hasSize(2 + 4);
        for (String path : books.keySet()) {
            BookReader book = new BookReader(out.resolve(path));
            assertThat(book.page("目录")).as("%s: the contents follows the cover", path).isEqualTo(2);
            for (int p = 1; p <= book.pages; p++) {
                assertThat(book.text.get(p)).as("%s page %d", path, p).isNotBlank();
            }
        }
    }

    /**
     * One subset of each font face per publication: a one-page 汇总表 is at most 40 KB, and a book holds
     * one font program per face however many parts it binds; what it adds per page beyond its fonts
     * of a book stays under 6 KB (the sample's books are too short for the fonts to vanish in the page count).
     */
    @Test
    void publicationsShareTheirFonts() throws Exception {
        for (String path : pdfs(out).keySet()) {
            Path file = out.resolve(path);
            try (PDDocument doc = Pdfs.open(file)) {
                java.util.Set<Object> programs = new java.util.HashSet<>();
                long fontBytes = 0;
                for (var page : doc.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        var descriptor = ((org.apache.pdfbox.pdmodel.font.PDType0Font) page.getResources().getFont(name))
                                .getDescendantFont().getFontDescriptor();
                        if (programs.add(descriptor.getFontFile2().getCOSObject())) {
                            fontBytes += descriptor.getFontFile2().getCOSObject().getLength();
                        }
                    }
                }
                assertThat(programs).as("%s: a program per face", path).hasSizeLessThanOrEqualTo(2);
                int pages = doc.getNumberOfPages();
                if (path.contains("汇总表") && pages == 1) {
                    assertThat(Files.size(file)).as(path).isLessThanOrEqualTo(40 * 1024);
                }
                if (path.contains("汇编-")) {
                    assertThat((Files.size(file) - fontBytes) / pages).as("%s: bytes a page besides its fonts", path)
                            .isLessThanOrEqualTo(6 * 1024);
                }
            }
        }
    }

    @Test
    void everyPdfIsTheSameBytesOnASecondRunAndListedWithItsHash() throws Exception {
        Map<String, String> first = pdfs(out);
        assertThat(first.keySet()).contains("2025/汇编-2025.pdf", "2023/汇编-2023.pdf", SONGJIANG + "公开版-中共上海市松江区委组织部-2025.pdf");
        assertThat(pdfs(again)).isEqualTo(first);
        JsonNode manifest = JsonMapper.builder().build().readTree(out.resolve("manifest.json").toFile());
        Map<String, String> listed = new LinkedHashMap<>();
        for (JsonNode o : manifest.get("outputs")) {
            if (o.get("path").asString().endsWith(".pdf")) {
                listed.put(o.get("path").asString(), o.get("sha256").asString());
            }
        }
        assertThat(listed).isEqualTo(first);
        assertThat(manifest.get("outputs")).filteredOn(o -> o.get("kind").asString().equals("book-pdf")).hasSize(2 + 4);
    }

    private static Map<String, String> pdfs(Path output) throws IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                String rel = output.relativize(f).toString().replace('\\', '/');
                if (!rel.startsWith(".jixiao/")) {
                    files.put(rel, sha256(f));
                }
            }
        }
        return files;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
