package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Two departments whose names differ only where a folder name cannot follow them — a clerk's trailing
 * full stop (`中共上海市测试局.`), a `/` — are two departments in the tables, and must be two folders of
 * documents. Today both are rendered into one folder: with two render threads the night stops with an
 * internal error (exit 1, nothing published for anyone, every night until the filing is found); with
 * one, one department's 申报表, 汇总表 and 公开版 are silently missing (exit 0).
 */
class DepartmentFolderCollisionNightTest {

    private static final String HEADER = "年度,主管部门,项目名称,年度资金申请总额,一级指标,二级指标,三级指标,指标值\n";

    @TempDir
    Path dir;

    /** @param threads the render threads (the machine's cores by default) */
    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void twoDepartmentsWhoseNamesMakeTheSameFolderNameAreBothPublished(int threads) throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        Files.writeString(input.resolve("a.csv"), HEADER + "2025,中共上海市测试局,项目甲,1000000,产出指标,数量指标,培训次数,≥2次\n",
                StandardCharsets.UTF_8);
        Files.writeString(input.resolve("b.csv"), HEADER + "2025,中共上海市测试局.,项目乙,2000000,产出指标,数量指标,培训次数,≥2次\n",
                StandardCharsets.UTF_8);
        Path output = dir.resolve("out");

        RunOutputs.Said night = RunOutputs.runSaying(input, output, "--jixiao.threads=" + threads);
        assertThat(night.code()).as(night.out() + night.err()).isZero();
        List<String> targets = new ArrayList<>();
        for (JsonNode o : RunOutputs.manifest(output).get("outputs")) {
            if (o.get("kind").asString().equals("targets-pdf")) {
                targets.add(o.get("path").asString());
            }
        }
        assertThat(targets).as("one 申报表 per department, each in a folder of its own").hasSize(2).doesNotHaveDuplicates();
        for (String path : targets) {
            assertThat(output.resolve(path)).isRegularFile();
        }
    }
}
