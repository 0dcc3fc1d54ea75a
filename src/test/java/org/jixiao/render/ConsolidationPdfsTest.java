package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jixiao.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printed side of issue 17, read back with PDFBox from nights on tiny named fixtures
 * ({@code fixtures/consolidation/}): the 报送情况表 published on its own and as the book binds it, the 汇总表
 * with last year beside this year (a project ended and one new, a department new this year, 自评 of two
 * years), and the 自评 against their targets (与目标一致). Figures are asserted exactly, row by row, on the
 * text in reading order with the spaces squeezed out.
 */
class ConsolidationPdfsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/consolidation");

    @TempDir
    Path dir;

    /**
     * A roster of five 松江 departments due 2025-03-31, two nights: 教育局 on time, 民政局 and 文化旅游局 missing,
     * 卫生健康委员会 with a project refused, 体育局 first held by the night of 2025-04-02 (逾期报送), and
     * 文化和旅游局, which files though not listed (名单外).
     */
    @Test
    void theStatusTablePrintsEveryDepartmentOnTheRosterWithItsDatesAndTheBookBindsItWithoutThem() throws IOException {
        Path input = copy("roster");
        Path out = dir.resolve("out");
        assertThat(night(input, out, "2025-03-20")).isEqualTo(2);
        copy("roster-filed-late", input);
        assertThat(night(input, out, "2025-04-02")).isEqualTo(2);

        try (PDDocument doc = Pdfs.open(out.resolve("2025/报送情况表-2025.pdf"))) {
            String text = squeezed(doc);
            assertThat(text).startsWith("2025年度项目绩效报送情况表（全部地区）对照报送名单：名单.csv；统计截至2025-04-02（本次运行日期）。一、绩效目标")
                    // the header's two-line cells (是否/应报, 受理/项目数) read first in reading order
                    .contains("是否受理拒收序号主管部门截止日期报送状态首次报送最近更新错误数逾期应报项目数项目数松江区"
                            + "1上海市松江区教育局是2025-03-31已报100"
                            + "2上海市松江区民政局是2025-03-31未报逾期未报"
                            + "3上海市松江区卫生健康委员会是2025-03-31已报111"
                            + "4上海市松江区体育局是2025-03-31已报2025-04-022025-04-02100逾期报送"
                            + "5上海市松江区文化旅游局是2025-03-31未报逾期未报"
                            + "6上海市松江区文化和旅游局否名单外100"
                            + "应报5个，已报3个（其中被拒收1个），未报2个，逾期3个（逾期未报2个，逾期报送1个），名单外1个。")
                    .contains("第1页共1页", "数据日期：2025-04-02");
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            Pdfs.assertFontsEmbedded(doc);
        }
        try (PDDocument doc = Pdfs.open(out.resolve("2025/松江区/报送情况表-2025-松江区.pdf"))) {
            assertThat(squeezed(doc)).startsWith("松江区2025年度项目绩效报送情况表").contains("4上海市松江区体育局是2025-03-31已报2025-04-022025-04-02100逾期报送")
                    .doesNotContain("松江区1上海市").contains("逾期3个（逾期未报2个，逾期报送1个）");
        }

        // the book: contents, then the 报送情况表 without the dates of history, then the 汇总表
        try (PDDocument doc = Pdfs.open(out.resolve("2025/汇编-2025.pdf"))) {
            assertThat(Pdfs.outline(doc).stream().filter(o -> o.level() == 1).map(Pdfs.Outline::title).toList())
                    .containsExactly("目录", "报送情况表", "汇总表", "松江区");
            int status = Pdfs.outlinePages(doc).get("报送情况表");
            assertThat(status).isEqualTo(Pdfs.outlinePages(doc).get("目录") + 1).isLessThan(Pdfs.outlinePages(doc).get("汇总表"));
            String page = Pdfs.squeezed(Pdfs.text(doc, status, status));
            String sorted = sortedPage(doc, status);
            assertThat(sorted).startsWith("2025年度项目绩效报送情况表（全部地区）")
                    .contains("是否受理拒收序号主管部门截止日期报送状态错误数逾期应报项目数项目数松江区"
                            + "1上海市松江区教育局是2025-03-31已报100"
                            + "2上海市松江区民政局是2025-03-31未报逾期未报"
                            + "3上海市松江区卫生健康委员会是2025-03-31已报111"
                            + "4上海市松江区体育局是2025-03-31已报100"
                            + "5上海市松江区文化旅游局是2025-03-31未报逾期未报"
                            + "6上海市松江区文化和旅游局否名单外100"
                            + "应报5个，已报3个（其中被拒收1个），未报2个，逾期未报2个，名单外1个。")
                    .contains("不列入汇编，见单独发布的报送情况表。").doesNotContain("首次报送最近更新", "逾期报送1个", "2025-04-02已报");
            assertThat(page).contains("第" + status + "页共" + doc.getNumberOfPages() + "页");
        }

        // an unchanged night keeps them, part and all: same bytes, not written again
        List<Path> kept = List.of(out.resolve("2025/报送情况表-2025.pdf"), out.resolve("2025/松江区/报送情况表-2025-松江区.pdf"),
                out.resolve(".jixiao/parts/2025/报送情况表-全部.pdf"), out.resolve("2025/汇编-2025.pdf"));
        List<FileTime> before = times(kept);
        assertThat(night(input, out, "2025-04-02")).isEqualTo(2);
        assertThat(times(kept)).isEqualTo(before);
    }

    private static List<FileTime> times(List<Path> files) throws IOException {
        List<FileTime> times = new java.util.ArrayList<>();
        for (Path f : files) {
            times.add(Files.getLastModifiedTime(f));
        }
        return times;
    }

    /** Two years of 教育局's 申报表 (课后服务 ended, 营养餐 new), and 体育局, new in 2025: 新增, never a division by zero. */
    @Test
    void theSummaryShowsLastYearBesideThisYearAndADepartmentNewThisYearAsNew() throws IOException {
        Path input = copy("two-years");
        Files.copy(FIXTURES.resolve("roster-filed-late/体育局-2025-绩效目标.csv"), input.resolve("体育局-2025-绩效目标.csv"));
        Path out = dir.resolve("out");
        assertThat(night(input, out, "2025-04-10")).isZero();

        try (PDDocument doc = Pdfs.open(out.resolve("2025/松江区/汇总表-松江区.pdf"))) {
            assertThat(squeezed(doc)).contains("与上年比较（2024年度—2025年度）"
                    + "项目数年度资金申请总额（万元）项目变动序号主管部门上年本年增减上年本年增减额增减率新增延续结束"
                    + "1上海市松江区教育局33060.0037.00-23.00-38.33%121"
                    + "2上海市松江区体育局—1+1—40.00+40.00新增100"
                    + "合计34+160.0077.00+17.00+28.33%221")
                    .contains("各主管部门年度资金申请总额（万元）", "2024年度", "2025年度");
            Pdfs.assertFontsEmbedded(doc);
        }
        try (PDDocument doc = Pdfs.open(out.resolve("2025/汇总表-全部.pdf"))) {
            assertThat(squeezed(doc)).contains("项目变动序号地区上年本年", "1松江区34+160.0077.00+17.00+28.33%221合计34+160.0077.00+17.00+28.33%221");
        }
        try (PDDocument doc = Pdfs.open(out.resolve("2025/松江区/上海市松江区体育局/汇总表.pdf"))) {
            assertThat(squeezed(doc)).contains("1上海市松江区体育局—1+1—40.00+40.00新增100",
                    "本部门2024年度未报送绩效目标，本年度为新增，增减率记为“新增”。");
        }
        try (PDDocument doc = Pdfs.open(out.resolve("2025/松江区/上海市松江区教育局/汇总表.pdf"))) {
            assertThat(squeezed(doc)).contains("1上海市松江区教育局33060.0037.00-23.00-38.33%121");
        }
        // without a year before, the 汇总表 is as it was
        try (PDDocument doc = Pdfs.open(out.resolve("2024/松江区/汇总表-松江区.pdf"))) {
            assertThat(squeezed(doc)).doesNotContain("与上年比较", "2023年度");
        }
    }

    /**
     * 松江区委组织部's 自评 of 2023 and 2024 (人才工作 not evaluated in 2024, 网络信息系统运行与维护 renamed 网络安全运维):
     * 全年预算数, 执行率 in 百分点 and the mean 总得分 in 分 beside each other.
     */
    @Test
    void selfEvaluationsOfTwoYearsCompareBudgetsRatesAndScores() throws IOException {
        Path out = dir.resolve("out");
        assertThat(night(copy("two-years-self"), out, "2025-04-10")).isZero();
        try (PDDocument doc = Pdfs.open(out.resolve("2024/松江区/汇总表-松江区.pdf"))) {
            assertThat(squeezed(doc)).contains("与上年比较（2023年度—2024年度）序号项目数全年预算数（万元）执行率（增减为百分点）平均总得分（增减为分）项目变动"
                    + "主管部门上年本年增减上年本年增减额增减率上年本年增减上年本年增减新增延续结束"
                    + "1中共上海市松江区委组织部65-1641.86609.95-31.91-4.97%100.00%100.00%0.0095.1795.20+0.03142"
                    + "合计65-1641.86609.95-31.91-4.97%100.00%100.00%0.0095.1795.20+0.03142")
                    .contains("各主管部门执行率（%）", "2023年度", "2024年度");
        }
    }

    /** 教育局's 2024 自评 against its 申报表: 校舍维修 agrees, 教师培训 and 课后服务 do not, 学生资助 has no 申报表. */
    @Test
    void theSelfEvaluationSummaryShowsHowManyProjectsAgreeWithTheirTargets() throws IOException {
        Path out = dir.resolve("out");
        assertThat(night(copy("targets"), out, "2025-04-10")).isZero();
        String sentence = "与申报的绩效目标核对：自评项目4个，有对应申报表的3个，其中与目标一致的1个（1/3）；不一致之处见问题清单（W14–W16）。";
        try (PDDocument doc = Pdfs.open(out.resolve("2024/松江区/汇总表-松江区.pdf"))) {
            assertThat(squeezed(doc)).contains("扣分与目标", "1上海市松江区教育局1/3465.00", "合计1/3465.00", sentence);
        }
        try (PDDocument doc = Pdfs.open(out.resolve("2024/汇总表-全部.pdf"))) {
            assertThat(squeezed(doc)).contains("松江区1上海市松江区教育局1/3465.00", "松江区小计1/3465.00", "合计1/3465.00", sentence);
        }
        try (PDDocument doc = Pdfs.open(out.resolve("2024/松江区/上海市松江区教育局/汇总表.pdf"))) {
            assertThat(squeezed(doc)).contains(sentence);
        }
    }

    private static int night(Path input, Path output, String runDate) {
        return Cli.run(new String[] {"--input=" + input, "--output=" + output, "--run-date=" + runDate});
    }

    private Path copy(String fixture) throws IOException {
        Path input = dir.resolve("input");
        copy(fixture, input);
        return input;
    }

    private static void copy(String fixture, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(FIXTURES.resolve(fixture))) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** The whole PDF's text in reading order, without whitespace. */
    private static String squeezed(PDDocument doc) throws IOException {
        return Pdfs.squeezed(Pdfs.layoutText(doc));
    }

    private static String sortedPage(PDDocument doc, int page) throws IOException {
        org.apache.pdfbox.text.PDFTextStripper s = new org.apache.pdfbox.text.PDFTextStripper();
        s.setSortByPosition(true);
        s.setStartPage(page);
        s.setEndPage(page);
        return Pdfs.squeezed(s.getText(doc));
    }
}
