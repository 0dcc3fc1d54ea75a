package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Night after night on the same store: unchanged files are not read twice; a changed filing replaces its earlier version. */
class RerunTest {

    @TempDir
    Path input;
    @TempDir
    Path output;

    private static final String SONGJIANG = "000-松江区委组织部-2025-绩效目标.csv";

    @Test
    void anUnchangedFileIsNotImportedTwice() throws IOException {
        RunOutputs.copyTree(Path.of("input"), input);
        assertThat(RunOutputs.run(input, output)).isZero();
        String before = Files.readString(output.resolve("2025/汇总数据/绩效目标-部门.csv"));

        assertThat(RunOutputs.run(input, output)).isZero();
        JsonNode manifest = RunOutputs.manifest(output);
        assertThat(manifest.get("run").get("id").asInt()).isEqualTo(2);
        assertThat(manifest.get("run").get("files")).hasSize(5);
        for (JsonNode in : manifest.get("run").get("files")) {
            assertThat(in.get("action").asString()).isEqualTo("UNCHANGED");
            assertThat(in.get("readByRun").asInt()).isEqualTo(1);
            assertThat(in.get("note").asString()).contains("未变更");
        }
        assertThat(manifest.get("run").get("departments").get("kept").asInt()).isEqualTo(5);
        assertThat(manifest.get("run").get("departments").get("rendered").asInt()).isZero();
        assertThat(Files.readString(output.resolve("2025/汇总数据/绩效目标-部门.csv"))).isEqualTo(before);
        Path trace = output.resolve(".jixiao/store.trace.db");
        if (Files.exists(trace)) {
            assertThat(Files.readString(trace)).as("the job repository's tables are created once, not again each night")
                    .doesNotContain("already exists");
        }
    }

    @Test
    void settingsChangedAndBackLeaveEveryFileUnchangedNotMoved() throws IOException {
        RunOutputs.copyTree(Path.of("input"), input);
        assertThat(RunOutputs.run(input, output)).isZero();
        // other scoring rules: every content is read again under them
        RunOutputs.Said other = RunOutputs.runSaying(input, output, "--jixiao.scoring.excellent=96");
        assertThat(other.code()).isZero();
        assertThat(other.out()).contains("本次读入 5，未变更 0，改名、移动或放回 0");
        // back to the defaults: the night takes the first night's reads, and nothing was renamed or moved
        RunOutputs.Said back = RunOutputs.runSaying(input, output);
        assertThat(back.code()).isZero();
        assertThat(back.out()).contains("本次读入 0，未变更 5，改名、移动或放回 0");
        for (JsonNode in : RunOutputs.manifest(output).get("run").get("files")) {
            assertThat(in.get("action").asString()).isEqualTo("UNCHANGED");
            assertThat(in.get("readByRun").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aChangedFilingReplacesItsEarlierVersion() throws IOException {
        RunOutputs.copyTree(Path.of("input"), input);
        assertThat(RunOutputs.run(input, output)).isZero();

        // the department refiles: 党代表工作经费 goes from 18,000 to 28,000 (all its amounts, consistently)
        Path file = input.resolve(SONGJIANG);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replace("\"18,000.00\"", "\"28,000.00\""), StandardCharsets.UTF_8);
        assertThat(RunOutputs.run(input, output)).isZero();

        JsonNode manifest = RunOutputs.manifest(output);
        for (JsonNode in : manifest.get("run").get("files")) {
            boolean changed = in.get("path").asString().equals(SONGJIANG);
            assertThat(in.get("action").asString()).isEqualTo(changed ? "IMPORTED" : "UNCHANGED");
        }
        // only the department whose filing changed is made again
        assertThat(manifest.get("run").get("departments").get("rendered").asInt()).isEqualTo(1);
        assertThat(manifest.get("run").get("departments").get("kept").asInt()).isEqualTo(4);
        Map<String, String> songjiang = RunOutputs.csv(output.resolve("2025/汇总数据/绩效目标-部门.csv")).stream()
                .filter(r -> r.get("主管部门").equals("中共上海市松江区委组织部")).findFirst().orElseThrow();
        assertThat(songjiang).containsEntry("项目数", "7").containsEntry("年度资金申请总额(元)", "8033150.00");
        // the earlier version's findings are gone with it, the new version's are there once
        assertThat(RunOutputs.csv(output.resolve("问题清单.csv")))
                .filteredOn(f -> "公务员工作经费".equals(f.get("项目名称")) && "W01".equals(f.get("规则编号"))).hasSize(1);
    }

    @Test
    void aFilingMovedToAnotherFileReplacesTheOldOne() throws IOException {
        RunOutputs.copyTree(Path.of("input"), input);
        assertThat(RunOutputs.run(input, output)).isZero();
        // the same filing arrives again under a new name with one amount corrected
        Path old = input.resolve(SONGJIANG);
        String text = Files.readString(old, StandardCharsets.UTF_8).replace("\"18,000.00\"", "\"28,000.00\"");
        Files.delete(old);
        Files.writeString(input.resolve("000-松江区委组织部-2025-绩效目标-更正.csv"), text, StandardCharsets.UTF_8);
        assertThat(RunOutputs.run(input, output)).isZero();
        assertThat(RunOutputs.csv(output.resolve("2025/汇总数据/绩效目标-部门.csv"))).filteredOn(r -> r.get("主管部门").contains("松江"))
                .singleElement().satisfies(r -> assertThat(r).containsEntry("项目数", "7").containsEntry("年度资金申请总额(元)", "8033150.00"));
    }
}
