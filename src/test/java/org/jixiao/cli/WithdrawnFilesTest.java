package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The input folder is the night's set of filings: a file taken out of it is withdrawn (its filings stop
 * counting and the reports only it fed are removed), a file moved within it is the same file, and an
 * input folder that is suddenly empty stops the run rather than withdraw everything.
 */
class WithdrawnFilesTest {

    @TempDir
    Path input;
    @TempDir
    Path output;

    /** Seed 001: the only filing of 中共上海市松江区区级机关工作委员会 (2023, 3 projects, 135.00万元). */
    private static final String WORK_COMMITTEE = "001-区级机关工委-2023-绩效目标.csv";
    private static final String COMMITTEE_FOLDER = "2023/松江区/中共上海市松江区区级机关工作委员会";
    private static final String SONGJIANG = "000-松江区委组织部-2025-绩效目标.csv";

    @Test
    void aFileTakenOutOfTheInputFolderIsWithdrawnAndItsReportsRemoved() throws IOException {
        RunOutputs.copyTree(Path.of("input"), input);
        assertThat(RunOutputs.run(input, output)).isZero();
        assertThat(output.resolve(COMMITTEE_FOLDER).resolve("汇总表.pdf")).exists();
        assertThat(departments(2023)).contains("中共上海市松江区区级机关工作委员会");

        Files.delete(input.resolve(WORK_COMMITTEE));
        RunOutputs.Said said = run();

        assertThat(said.code()).isZero();
        assertThat(said.out()).contains("撤回 " + WORK_COMMITTEE + "：文件已不在输入目录中，其申报不再计入", "撤回已不在输入目录的文件 1 个",
                "删除 ");
        assertThat(departments(2023)).doesNotContain("中共上海市松江区区级机关工作委员会").isNotEmpty();
        assertThat(output.resolve(COMMITTEE_FOLDER)).as("the department's folder, left empty, goes too").doesNotExist();
        JsonNode manifest = RunOutputs.manifest(output);
        List<String> actions = new ArrayList<>();
        manifest.get("run").get("files").forEach(in -> actions.add(in.get("path").asString() + " " + in.get("action").asString()));
        assertThat(actions).contains(WORK_COMMITTEE + " WITHDRAWN").hasSize(5);
        assertThat(manifest.get("run").get("withdrawn")).hasSize(1);
        assertThat(manifest.get("inputs")).hasSize(4);
        List<String> removed = new ArrayList<>();
        manifest.get("run").get("removed").forEach(p -> removed.add(p.asString()));
        assertThat(removed).contains(COMMITTEE_FOLDER + "/汇总表.pdf", COMMITTEE_FOLDER + "/绩效目标申报表.pdf")
                .allSatisfy(p -> assertThat(output.resolve(p)).doesNotExist());
        // what the run published is all there, and the output folder's own README is not jixiao's to remove
        manifest.get("outputs").forEach(o -> assertThat(output.resolve(o.get("path").asString())).exists());

        // put back, it counts again: its content was read before and is taken as read
        Files.copy(Path.of("input").resolve(WORK_COMMITTEE), input.resolve(WORK_COMMITTEE));
        RunOutputs.Said again = run();
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("本次读入 0，未变更 4，改名、移动或放回 1").doesNotContain("撤回");
        assertThat(departments(2023)).contains("中共上海市松江区区级机关工作委员会");
        assertThat(output.resolve(COMMITTEE_FOLDER).resolve("汇总表.pdf")).exists();
    }

    /**
     * jixiao's own store lives in the output folder's .jixiao/ and goes where the folder goes: moved with it, the
     * folder keeps its files and removes what it no longer publishes, as in its old place — not a new folder
     * that renders everything and leaves a withdrawn department's reports behind.
     */
    @Test
    void anOutputFolderMovedWithItsStoreKeepsItsFilesAndRemovesAWithdrawnDepartmentsReports() throws IOException {
        RunOutputs.copyTree(Path.of("input"), input);
        Path before = output.resolve("旧址");
        assertThat(RunOutputs.run(input, before)).isZero();
        assertThat(before.resolve(COMMITTEE_FOLDER).resolve("汇总表.pdf")).exists();

        Path after = output.resolve("新址");
        Files.move(before, after);
        Files.delete(input.resolve(WORK_COMMITTEE));
        RunOutputs.Said said = RunOutputs.runSaying(input, after);

        assertThat(said.code()).isZero();
        assertThat(said.out()).contains("撤回 " + WORK_COMMITTEE, "重新生成 0 个部门，未变更保留 4 个");
        assertThat(after.resolve(COMMITTEE_FOLDER)).doesNotExist();
        List<String> removed = new ArrayList<>();
        RunOutputs.manifest(after).get("run").get("removed").forEach(p -> removed.add(p.asString()));
        assertThat(removed).contains(COMMITTEE_FOLDER + "/汇总表.pdf");
        RunOutputs.manifest(after).get("outputs").forEach(o -> assertThat(after.resolve(o.get("path").asString())).exists());
    }

    @Test
    void aFileMovedWithinTheInputFolderIsNotWithdrawn() throws IOException {
        RunOutputs.copyTree(Path.of("input"), input);
        assertThat(RunOutputs.run(input, output)).isZero();
        Map<String, String> before = RunOutputs.publishedFiles(output);

        Files.createDirectories(input.resolve("松江区"));
        Files.move(input.resolve(WORK_COMMITTEE), input.resolve("松江区").resolve(WORK_COMMITTEE));
        RunOutputs.Said said = run();

        assertThat(said.code()).isZero();
        assertThat(said.out()).contains("本次读入 0，未变更 4，改名、移动或放回 1", "未变更保留 5 个").doesNotContain("撤回", "删除");
        JsonNode moved = null;
        for (JsonNode f : RunOutputs.manifest(output).get("run").get("files")) {
            moved = f.get("path").asString().equals("松江区/" + WORK_COMMITTEE) ? f : moved;
        }
        assertThat(moved).isNotNull();
        assertThat(moved.get("action").asString()).isEqualTo("REUSED");
        assertThat(moved.get("note").asString()).contains("当时为「" + WORK_COMMITTEE + "」");
        assertThat(departments(2023)).contains("中共上海市松江区区级机关工作委员会");
        assertThat(RunOutputs.publishedFiles(output)).isEqualTo(before);
    }

    @Test
    void aFilingInTwoFilesIsPublishedFromTheFirstAndCountsAgainWhenTheOtherGoes() throws IOException {
        RunOutputs.copyTree(Path.of("input"), input);
        assertThat(RunOutputs.run(input, output)).isZero();
        // the department files a corrected copy under a new name beside the old one: 党代表工作经费 18,000 → 28,000.
        // Both are in the folder, so every project is filed twice: the first file in path order (…-更正.csv, as '-'
        // sorts before '.') is published, the other's seven projects are E07
        String corrected = Files.readString(input.resolve(SONGJIANG), StandardCharsets.UTF_8).replace("\"18,000.00\"", "\"28,000.00\"");
        Files.writeString(input.resolve("000-松江区委组织部-2025-绩效目标-更正.csv"), corrected, StandardCharsets.UTF_8);
        RunOutputs.Said both = run();
        assertThat(both.code()).isEqualTo(ExitCode.REJECTIONS.code());
        assertThat(both.out()).contains("拒收：文件 0 个，项目 7 个");
        assertThat(songjiang2025()).containsEntry("项目数", "7").containsEntry("年度资金申请总额(元)", "8033150.00");
        assertThat(RunOutputs.csv(output.resolve("问题清单.csv"))).filteredOn(f -> "E07".equals(f.get("规则编号")))
                .hasSize(7).allSatisfy(f -> assertThat(f.get("文件")).isEqualTo(SONGJIANG));

        // the correction turns out to be wrong and is taken away: the filing still in the folder counts again
        Files.delete(input.resolve("000-松江区委组织部-2025-绩效目标-更正.csv"));
        RunOutputs.Said said = run();
        assertThat(said.code()).isZero();
        assertThat(said.out()).contains("撤回 000-松江区委组织部-2025-绩效目标-更正.csv");
        assertThat(songjiang2025()).containsEntry("项目数", "7").containsEntry("年度资金申请总额(元)", "8023150.00");
    }

    @Test
    void anInputFolderWithNoFilingsStopsTheRunAndWithdrawsNothing() throws IOException {
        RunOutputs.copyTree(Path.of("input"), input);
        assertThat(RunOutputs.run(input, output)).isZero();
        Map<String, String> before = RunOutputs.publishedFiles(output);
        for (Path f : RunOutputs.publishedFiles(input).keySet().stream().map(input::resolve).toList()) {
            Files.delete(f);
        }

        RunOutputs.Said said = run();

        assertThat(said.code()).isEqualTo(ExitCode.FAILED.code());
        assertThat(said.err()).contains("中没有申报文件，而上次运行时有 5 个", "本次未运行", "--output");
        assertThat(RunOutputs.publishedFiles(output)).isEqualTo(before);

        // the files are back (the share is mounted again): the night runs as if nothing had happened
        RunOutputs.copyTree(Path.of("input"), input);
        RunOutputs.Said back = run();
        assertThat(back.code()).isZero();
        assertThat(back.out()).contains("本次读入 0，未变更 5").doesNotContain("撤回");
        assertThat(departments(2023)).contains("中共上海市松江区区级机关工作委员会");
    }

    private List<String> departments(int year) throws IOException {
        return RunOutputs.csv(output.resolve(year + "/汇总数据/绩效目标-部门.csv")).stream().map(r -> r.get("主管部门")).toList();
    }

    private Map<String, String> songjiang2025() throws IOException {
        return RunOutputs.csv(output.resolve("2025/汇总数据/绩效目标-部门.csv")).stream()
                .filter(r -> r.get("主管部门").equals("中共上海市松江区委组织部")).findFirst().orElseThrow();
    }

    private RunOutputs.Said run() {
        return RunOutputs.runSaying(input, output);
    }
}
