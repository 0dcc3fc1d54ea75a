package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 报送情况 night after night (issue 17): a roster of five 松江 departments, due 2025-03-31 — one files on
 * time, one is missing, one has a project refused, one files late, and one files under a name the roster
 * does not have. Fixtures: {@code fixtures/consolidation/roster} (the roster and three filings) and
 * {@code roster-filed-late} (体育局, filed on a later night).
 */
class SubmissionNightsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/consolidation");
    private static final String HEADER = "年度,应报类型,地区,主管部门,是否应报,截止日期,报送状态,首次报送,最近更新,受理项目数,拒收项目数,错误数,逾期";

    @TempDir
    Path dir;

    private Path input;
    private Path output;
    private Path fresh;

    private RunOutputs.Said night(String runDate) {
        return RunOutputs.runSaying(input, output, "--run-date=" + runDate);
    }

    private void firstNights() throws IOException {
        input = dir.resolve("input");
        output = dir.resolve("out");
        RunOutputs.copyTree(FIXTURES.resolve("roster"), input);
    }

    @Test
    void beforeTheDeadlineNobodyIsLateAndTheUnlistedDepartmentIsAProblemNamingTheNearestRosterName() throws IOException {
        firstNights();
        RunOutputs.Said said = night("2025-03-20");
        // 卫生健康委员会's 健康宣传 gives its amount as 二十万: refused (E04), so the night exits 2
        assertThat(said.code()).as(said.out()).isEqualTo(ExitCode.REJECTIONS.code());
        assertThat(said.out()).contains("  2025 绩效目标报送：应报 5，已报 2（其中被拒收 1），未报 3，逾期 0，名单外 1\n",
                "问题清单：错误 1（其中本次新增 1），问题 1，提示 0");
        assertThat(lines(status())).containsExactly(HEADER,
                "2025,绩效目标,松江区,上海市松江区教育局,是,2025-03-31,已报,,,1,0,0,",
                "2025,绩效目标,松江区,上海市松江区民政局,是,2025-03-31,未报,,,,,,",
                "2025,绩效目标,松江区,上海市松江区卫生健康委员会,是,2025-03-31,已报,,,1,1,1,",
                "2025,绩效目标,松江区,上海市松江区体育局,是,2025-03-31,未报,,,,,,",
                "2025,绩效目标,松江区,上海市松江区文化旅游局,是,2025-03-31,未报,,,,,,",
                "2025,绩效目标,松江区,上海市松江区文化和旅游局,否,,名单外,,,1,0,0,");
        Map<String, String> w17 = RunOutputs.csv(output.resolve("问题清单.csv")).stream().filter(f -> f.get("规则编号").equals("W17"))
                .findFirst().orElseThrow();
        assertThat(w17).containsEntry("严重程度", "问题").containsEntry("文件", "文化和旅游局-2025-绩效目标.csv").containsEntry("行", "2")
                .containsEntry("主管部门", "上海市松江区文化和旅游局").containsEntry("说明", "2025年度绩效目标：主管部门「上海市松江区文化和旅游局」不在报送名单中；"
                        + "名单中最接近的是「上海市松江区文化旅游局」（尚未报送），可能是名称写法不同或使用了旧名称，请核对名单或申报表中的主管部门");
        assertThat(RunOutputs.manifest(output).get("roster").get("entries").asInt()).isEqualTo(5);
        assertThat(RunOutputs.manifest(output).get("findings").get("问题").asInt()).isEqualTo(1);
    }

    /**
     * After the deadline the missing are 逾期未报, and 体育局, first held by a night after it, 逾期报送 — a date
     * only the nights on this folder know: a fresh run on the same folder publishes the same, but for the
     * 报送情况's dates and that mark, and its report counts one late fewer.
     */
    @Test
    void afterTheDeadlineTheMissingAreLateAndAFilingFirstHeldByANightAfterItWasFiledLate() throws IOException {
        firstNights();
        night("2025-03-20");
        RunOutputs.copyTree(FIXTURES.resolve("roster-filed-late"), input);
        RunOutputs.Said said = night("2025-04-02");
        assertThat(said.code()).isEqualTo(ExitCode.REJECTIONS.code());
        assertThat(said.out()).contains("  2025 绩效目标报送：应报 5，已报 3（其中被拒收 1），未报 2，逾期 3，名单外 1\n");
        assertThat(lines(status())).containsExactly(HEADER,
                "2025,绩效目标,松江区,上海市松江区教育局,是,2025-03-31,已报,,,1,0,0,",
                "2025,绩效目标,松江区,上海市松江区民政局,是,2025-03-31,未报,,,,,,逾期未报",
                "2025,绩效目标,松江区,上海市松江区卫生健康委员会,是,2025-03-31,已报,,,1,1,1,",
                "2025,绩效目标,松江区,上海市松江区体育局,是,2025-03-31,已报,2025-04-02,2025-04-02,1,0,0,逾期报送",
                "2025,绩效目标,松江区,上海市松江区文化旅游局,是,2025-03-31,未报,,,,,,逾期未报",
                "2025,绩效目标,松江区,上海市松江区文化和旅游局,否,,名单外,,,1,0,0,");

        RunOutputs.Said again = assertSameAsFresh("2025-04-02");
        assertThat(again.out()).contains("  2025 绩效目标报送：应报 5，已报 3（其中被拒收 1），未报 2，逾期 2，名单外 1\n");
        assertThat(lines(fresh.resolve("2025/汇总数据/报送情况.csv"))).contains(
                "2025,绩效目标,松江区,上海市松江区体育局,是,2025-03-31,已报,,,1,0,0,");
        assertThat(RunOutputs.publishedFiles(output).get("2025/汇总数据/报送情况.csv"))
                .isNotEqualTo(RunOutputs.publishedFiles(fresh).get("2025/汇总数据/报送情况.csv"));

        // a filing corrected later keeps its first date and changes its last
        Path edu = input.resolve("教育局-2025-绩效目标.csv");
        Files.writeString(edu, Files.readString(edu, StandardCharsets.UTF_8).replace(",100000,", ",110000,"), StandardCharsets.UTF_8);
        night("2025-04-03");
        assertThat(lines(status())).contains("2025,绩效目标,松江区,上海市松江区教育局,是,2025-03-31,已报,,2025-04-03,1,0,0,",
                "2025,绩效目标,松江区,上海市松江区体育局,是,2025-03-31,已报,2025-04-02,2025-04-02,1,0,0,逾期报送");
    }

    /**
     * The roster's order is the order of the departments in the tables, the 汇总表 and the books; a roster
     * that reorders them makes again what lists them — the 地区's and the overall 汇总表, the 报送情况表, the book —
     * and keeps every department's own files; one whose deadlines alone changed makes again only what prints
     * them: the 报送情况表 and the book that binds it.
     */
    @Test
    void theRostersOrderIsTheOrderOfDepartmentsAndChangingItRemakesExactlyWhatListsThem() throws IOException {
        firstNights();
        RunOutputs.copyTree(FIXTURES.resolve("roster-filed-late"), input);
        night("2025-04-02");
        // by name (Unicode order) 体育局 would come first; the roster lists 教育局, 卫生健康委员会, 体育局
        assertThat(departments()).containsExactly("上海市松江区教育局", "上海市松江区卫生健康委员会", "上海市松江区体育局",
                "上海市松江区文化和旅游局");
        Map<String, FileTime> before = pdfTimes();

        Path roster = input.resolve("名单.csv");
        List<String> rows = Files.readAllLines(roster, StandardCharsets.UTF_8);
        Files.write(roster, List.of(rows.get(0), rows.get(4), rows.get(1), rows.get(2), rows.get(3), rows.get(5)), StandardCharsets.UTF_8);
        RunOutputs.Said said = night("2025-04-02");
        assertThat(said.out()).contains("重新生成 0 个部门，未变更保留 4 个");
        assertThat(departments()).containsExactly("上海市松江区体育局", "上海市松江区教育局", "上海市松江区卫生健康委员会",
                "上海市松江区文化和旅游局");
        Map<String, FileTime> after = pdfTimes();
        assertThat(after.keySet().stream().filter(k -> !after.get(k).equals(before.get(k))).toList())
                .containsExactlyInAnyOrder("2025/松江区/汇总表-松江区.pdf", "2025/汇总表-全部.pdf", "2025/汇编-2025.pdf",
                        "2025/报送情况表-2025.pdf", "2025/松江区/报送情况表-2025-松江区.pdf");

        Files.writeString(roster, Files.readString(roster, StandardCharsets.UTF_8).replace("2025-03-31", "2025-04-30"),
                StandardCharsets.UTF_8);
        String statusBefore = RunOutputs.sha256(status());
        said = night("2025-04-02");
        assertThat(said.out()).contains("  2025 绩效目标报送：应报 5，已报 3（其中被拒收 1），未报 2，逾期 0，名单外 1\n");
        Map<String, FileTime> later = pdfTimes();
        assertThat(later.keySet().stream().filter(k -> !later.get(k).equals(after.get(k))).toList())
                .containsExactlyInAnyOrder("2025/汇编-2025.pdf", "2025/报送情况表-2025.pdf", "2025/松江区/报送情况表-2025-松江区.pdf");
        assertThat(RunOutputs.sha256(status())).isNotEqualTo(statusBefore);
        assertSameAsFresh("2025-04-02");
    }

    /** A fresh run on the same folder and date publishes the same, but for the 报送情况's history; its report counts 逾期报送 never. */
    private RunOutputs.Said assertSameAsFresh(String runDate) throws IOException {
        fresh = dir.resolve("fresh-" + System.nanoTime());
        RunOutputs.Said said = RunOutputs.runSaying(input, fresh, "--run-date=" + runDate);
        assertThat(said.code()).isEqualTo(ExitCode.REJECTIONS.code());
        Map<String, String> night = RunOutputs.publication(output);
        Map<String, String> again = RunOutputs.publication(fresh);
        assertThat(night.keySet().stream().filter(k -> !night.get(k).equals(again.get(k))).toList()).as("differing from a fresh run")
                .isEmpty();
        assertThat(night).isEqualTo(again);
        return said;
    }

    private Path status() {
        return output.resolve("2025/汇总数据/报送情况.csv");
    }

    private List<String> departments() throws IOException {
        return RunOutputs.csv(output.resolve("2025/汇总数据/绩效目标-部门.csv")).stream().map(r -> r.get("主管部门")).toList();
    }

    private Map<String, FileTime> pdfTimes() throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        for (String f : RunOutputs.publishedFiles(output).keySet()) {
            if (f.endsWith(".pdf")) {
                times.put(f, Files.getLastModifiedTime(output.resolve(f)));
            }
        }
        return times;
    }

    private static List<String> lines(Path csv) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        return List.of((text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n"));
    }
}
