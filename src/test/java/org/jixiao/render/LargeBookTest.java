package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.cli.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book of 300 projects in 30 departments and three 地区, printed double-sided as a draft: its contents
 * runs over several pages, every line of it, like every bookmark, gives the page where its section
 * really starts, every section opens on a right-hand page, and every kind of PDF says 征求意见稿.
 */
class LargeBookTest {

    private static final String[] REGIONS = {"松江区", "嘉定区", "浦东新区"};
    private static final String[][] INDICATORS = {{"产出指标", "数量指标", "开展活动次数", "≥4(次)"},
        {"产出指标", "质量指标", "活动覆盖率", "≥95(%)"}, {"效益指标", "社会效益指标", "群众知晓度", "有效提升"},
        {"满意度指标", "服务对象满意度指标", "参与人员满意度", "≥90(%)"}};

    @TempDir
    static Path dir;
    static Path out;
    static BookReader book;

    @BeforeAll
    static void bindABookOfThreeHundredProjects() throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        StringBuilder csv = new StringBuilder("年度,主管部门,项目名称,项目类别,年度资金申请总额,一级指标,二级指标,三级指标,指标值\n");
        for (int d = 1; d <= 30; d++) {
            String department = "上海市" + REGIONS[d % 3] + "第" + d + "局";
            for (int p = 1; p <= 10; p++) {
                for (int i = 0; i < 3 + (d + p) % 2; i++) {
                    String[] ind = INDICATORS[i];
                    csv.append("2025,").append(department).append(",第").append(d).append("局项目").append(p)
                            .append(",其他运转类,").append(100_000 * (d + p)).append(',').append(String.join(",", ind)).append('\n');
                }
            }
        }
        Files.writeString(input.resolve("targets.csv"), csv, StandardCharsets.UTF_8);
        out = dir.resolve("out");
        int exit = Cli.run(new String[] {"--input=" + input, "--output=" + out, "--run-date=2026-11-21", "--duplex", "--draft"});
        assertThat(exit).isZero();
        book = new BookReader(out.resolve("2025/汇编-2025.pdf"));
    }

    @Test
    void theContentsRunsOverSeveralPagesAndListsEveryDepartmentAndProject() {
        int contents = book.page("目录");
        int after = book.page("报送情况表");
        assertThat(after - contents).as("pages of contents").isGreaterThanOrEqualTo(3);
        // 地区 in the order of their 行政区划代码 (310114, 310115, 310117), not by name
        assertThat(book.at(1)).extracting(Pdfs.Outline::title).containsExactly("目录", "报送情况表", "汇总表", "嘉定区", "浦东新区", "松江区");
        assertThat(book.at(2)).hasSize(4 + 30);
        assertThat(book.at(4)).hasSize(300);
        assertThat(book.contents).hasSize(book.outline.size() - 1);
    }

    @Test
    void everyLineAndBookmarkGivesThePageItsSectionStartsOn() {
        book.assertBookmarksOpenTheirSections(2025);
        book.assertContentsMatchBookmarks();
    }

    @Test
    void pagesAreNumberedThroughAndSectionsOpenOnTheRight() {
        book.assertNumberedThrough();
        for (Pdfs.Outline o : book.outline) {
            if (o.level() <= 2) {
                assertThat(o.page() % 2).as("%s on page %d", o.title(), o.page()).isEqualTo(1);
            }
        }
        for (int p = 1; p <= book.pages; p++) {
            assertThat(book.text.get(p)).as("page %d", p).contains(PageMarks.DRAFT.substring(0, 2));
        }
    }

    @Test
    void theBackOfTheCoverIsBlank() {
        assertThat(book.text.get(2).replace(PageMarks.DRAFT, "")).isEmpty();
        assertThat(book.page("目录")).isEqualTo(3);
    }

    @Test
    void everyKindOfPdfSaysItIsADraftOnEveryPage() throws IOException {
        for (String pdf : new String[] {"2025/汇编-2025.pdf", "2025/浦东新区/汇编-2025-浦东新区.pdf", "2025/汇总表-全部.pdf",
            "2025/报送情况表-2025.pdf", "2025/松江区/报送情况表-2025-松江区.pdf",
            "2025/松江区/汇总表-松江区.pdf", "2025/松江区/上海市松江区第3局/汇总表.pdf", "2025/松江区/上海市松江区第3局/绩效目标申报表.pdf",
            "2025/松江区/上海市松江区第3局/公开版-上海市松江区第3局-2025.pdf"}) {
            try (var doc = Pdfs.open(out.resolve(pdf))) {
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    assertThat(Pdfs.squeezed(Pdfs.everyCharacter(doc, p))).as("%s page %d", pdf, p).contains(PageMarks.DRAFT);
                }
            }
        }
    }
}
