package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Night after night on one output folder: a night publishes what a fresh run on the same folder would,
 * and makes again only what changed.
 */
class NightsTest {

    @TempDir
    Path dir;

    private static final String SONGJIANG = "中共上海市松江区委组织部";
    private static final String SONGJIANG_2025 = "2025/松江区/" + SONGJIANG;

    /**
     * A department that files one file per project (seed 000 in seven files): after one file is edited,
     * the six unchanged files still count. They used to be "跳过：内容未变更" and no longer count: the
     * night published 1 project and 213.00万元 with exit 0.
     */
    @Test
    void aDepartmentFiledOneFilePerProjectKeepsEveryProjectWhenOneFileChanges() throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        List<String> lines = Files.readAllLines(Path.of("input/000-松江区委组织部-2025-绩效目标.csv"), StandardCharsets.UTF_8);
        Map<String, List<String>> byProject = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            byProject.computeIfAbsent(projectOf(line), p -> new ArrayList<>()).add(line);
        }
        assertThat(byProject).hasSize(7);
        int n = 0;
        for (List<String> rows : byProject.values()) {
            Files.writeString(input.resolve("松江-" + n++ + ".csv"), lines.get(0) + "\n" + String.join("\n", rows) + "\n",
                    StandardCharsets.UTF_8);
        }
        Path output = dir.resolve("out");
        assertThat(RunOutputs.run(input, output)).isZero();
        assertThat(songjiang(output)).containsEntry("项目数", "7").containsEntry("年度资金申请总额(万元)", "802.32");

        // 党建工作 is corrected from 203.00 to 213.00万元, every amount of it consistently
        Path first = input.resolve("松江-0.csv");
        Files.writeString(first, Files.readString(first, StandardCharsets.UTF_8).replace("2,030,000.00", "2,130,000.00"),
                StandardCharsets.UTF_8);
        RunOutputs.Said said = RunOutputs.runSaying(input, output);
        assertThat(said.code()).as(said.out()).isZero();
        assertThat(said.out()).contains("输入文件 7 个：本次读入 1，未变更 6");
        assertThat(songjiang(output)).containsEntry("项目数", "7").containsEntry("年度资金申请总额(万元)", "812.32");
        assertSameAsFresh(input, output);
    }

    /** A department whose filings did not change is not made again: its files keep their bytes and their modification time. */
    @Test
    void anUnchangedNightRendersNothingAndKeepsEveryFile() throws IOException {
        Path input = dir.resolve("input");
        RunOutputs.copyTree(Path.of("input"), input);
        Path output = dir.resolve("out");
        assertThat(RunOutputs.run(input, output)).isZero();
        Map<String, FileTime> times = modifiedTimes(output);
        Path pdf = output.resolve(SONGJIANG_2025 + "/绩效目标申报表.pdf");
        String bytes = RunOutputs.sha256(pdf);

        RunOutputs.Said said = RunOutputs.runSaying(input, output);
        assertThat(said.code()).isZero();
        assertThat(RunOutputs.sha256(pdf)).isEqualTo(bytes);
        assertThat(said.out()).contains("本次读入 0，未变更 5", "重新生成 0 个部门，未变更保留 5 个");
        assertThat(modifiedTimes(output)).isEqualTo(times);
        JsonNode run = RunOutputs.manifest(output).get("run");
        assertThat(run.get("departments").get("rendered").asInt()).isZero();
        run.get("writers").forEach(w -> assertThat(w.get("run").asInt()).as(w.get("path").asString()).isEqualTo(1));
    }

    /** The summaries of all departments carry the run date: a night with another date makes them again, and only them. */
    @Test
    void aNewRunDateRebuildsWhatSumsDepartmentsUpAndKeepsTheDepartments() throws IOException {
        Path input = dir.resolve("input");
        RunOutputs.copyTree(Path.of("input"), input);
        Path output = dir.resolve("out");
        assertThat(RunOutputs.run(input, output)).isZero();
        Map<String, String> before = RunOutputs.publishedFiles(output);

        RunOutputs.Said said = RunOutputs.runSaying(input, output, "--run-date=2026-11-22");
        assertThat(said.code()).isZero();
        Map<String, String> after = RunOutputs.publishedFiles(output);
        List<String> changed = after.keySet().stream().filter(k -> !after.get(k).equals(before.get(k))).toList();
        assertThat(changed).contains("2025/汇编-2025.pdf", "2025/汇总表-全部.pdf", "2023/松江区/汇总表-松江区.pdf")
                .noneMatch(k -> k.contains(SONGJIANG + "/"));
        assertThat(said.out()).contains("重新生成 0 个部门，未变更保留 5 个");
    }

    /**
     * A department some of whose targets were rejected: its 公开版 would understate it, so it is held —
     * not published, one report line and a manifest entry say why — until the filing has no 错误.
     * {@code --draft} renders it anyway, watermarked, for review.
     */
    @Test
    void theDisclosureEditionOfADepartmentWithRejectedTargetsIsHeldUntilTheyAreCorrected() throws IOException {
        Path input = dir.resolve("input");
        RunOutputs.copyTree(Path.of("input"), input);
        Path file = input.resolve("000-松江区委组织部-2025-绩效目标.csv");
        String good = Files.readString(file, StandardCharsets.UTF_8);
        // 党代表工作经费's 年度资金申请总额 made unreadable on its first row: the project is rejected (E04)
        Files.writeString(file, good.replace(",\"18,000.00\",\"18,000.00\",0", ",\"18,000.00\",十八千,0"), StandardCharsets.UTF_8);
        Path output = dir.resolve("out");
        RunOutputs.Said held = RunOutputs.runSaying(input, output);
        assertThat(held.code()).as(held.out()).isEqualTo(ExitCode.REJECTIONS.code());
        Path edition = output.resolve(SONGJIANG_2025 + "/公开版-" + SONGJIANG + "-2025.pdf");
        assertThat(edition).doesNotExist();
        assertThat(output.resolve(SONGJIANG_2025 + "/绩效目标申报表.pdf")).exists();
        assertThat(held.out()).contains("暂缓发布 " + SONGJIANG + " 2025年度公开版：本部门有1个绩效目标项目因填报错误被拒收");
        JsonNode entries = RunOutputs.manifest(output).get("held");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("reason").asString()).contains("公开版暂不发布");

        Path draft = dir.resolve("draft");
        assertThat(RunOutputs.runSaying(input, draft, "--draft").code()).isEqualTo(ExitCode.REJECTIONS.code());
        assertThat(draft.resolve(SONGJIANG_2025 + "/公开版-" + SONGJIANG + "-2025.pdf")).exists();

        Files.writeString(file, good, StandardCharsets.UTF_8);
        assertThat(RunOutputs.run(input, output)).isZero();
        assertThat(edition).exists();
        assertThat(RunOutputs.manifest(output).get("held")).isEmpty();
    }

    /** A filing moved to another file is the old file withdrawn and the new one read: nothing is filed twice. */
    @Test
    void aFilingRenamedAndCorrectedIsTheOldFileWithdrawnAndTheNewOneRead() throws IOException {
        Path input = dir.resolve("input");
        RunOutputs.copyTree(Path.of("input"), input);
        Path output = dir.resolve("out");
        assertThat(RunOutputs.run(input, output)).isZero();
        Path old = input.resolve("000-松江区委组织部-2025-绩效目标.csv");
        String corrected = Files.readString(old, StandardCharsets.UTF_8).replace("\"18,000.00\"", "\"28,000.00\"");
        Files.delete(old);
        Files.writeString(Files.createDirectories(input.resolve("更正")).resolve("松江区委组织部.csv"), corrected, StandardCharsets.UTF_8);
        RunOutputs.Said said = RunOutputs.runSaying(input, output);
        assertThat(said.code()).as(said.out()).isZero();
        assertThat(said.out()).contains("本次读入 1", "撤回 000-松江区委组织部-2025-绩效目标.csv");
        assertThat(songjiang(output)).containsEntry("项目数", "7").containsEntry("年度资金申请总额(元)", "8033150.00");
        assertSameAsFresh(input, output);
    }

    static void assertSameAsFresh(Path input, Path output) throws IOException {
        Path fresh = output.resolveSibling(output.getFileName() + "-fresh");
        int code = RunOutputs.run(input, fresh);
        assertThat(code).isIn(0, 2);
        assertThat(RunOutputs.publication(output)).as("the night against a fresh run on the same folder")
                .isEqualTo(RunOutputs.publication(fresh));
    }

    private static Map<String, String> songjiang(Path output) throws IOException {
        return RunOutputs.csv(output.resolve("2025/汇总数据/绩效目标-部门.csv")).stream()
                .filter(r -> r.get("主管部门").equals(SONGJIANG)).findFirst().orElseThrow();
    }

    private static String projectOf(String line) {
        return line.split(",", 6)[4];
    }

    private static Map<String, FileTime> modifiedTimes(Path output) throws IOException {
        Map<String, FileTime> times = new java.util.TreeMap<>();
        for (String f : RunOutputs.publishedFiles(output).keySet()) {
            times.put(f, Files.getLastModifiedTime(output.resolve(f)));
        }
        return times;
    }
}
