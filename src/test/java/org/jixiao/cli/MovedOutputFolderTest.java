package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jixiao's own store lives in its output folder's .jixiao/ and goes where the folder goes: an output folder
 * moved elsewhere with it is the same folder under a new path — its files kept while unchanged, and what it
 * no longer publishes removed — not a new folder that renders everything and leaves a withdrawn department's
 * reports behind.
 */
class MovedOutputFolderTest {

    @TempDir
    Path input;
    @TempDir
    Path outputs;

    /** Seed 001: the only filing of 中共上海市松江区区级机关工作委员会 (2023). */
    private static final String WORK_COMMITTEE = "001-区级机关工委-2023-绩效目标.csv";
    private static final String COMMITTEE_FOLDER = "2023/松江区/中共上海市松江区区级机关工作委员会";

    @Test
    void aMovedOutputFolderKeepsItsFilesAndRemovesWhatItNoLongerPublishes() throws IOException {
        RunOutputs.copyTree(Path.of("input"), input);
        Path before = outputs.resolve("旧址");
        assertThat(RunOutputs.run(input, before)).isZero();
        assertThat(before.resolve(COMMITTEE_FOLDER).resolve("汇总表.pdf")).exists();

        Path after = outputs.resolve("新址");
        Files.move(before, after);
        Files.delete(input.resolve(WORK_COMMITTEE));
        RunOutputs.Said said = RunOutputs.runSaying(input, after);

        assertThat(said.code()).isZero();
        assertThat(said.out()).contains("撤回 " + WORK_COMMITTEE, "重新生成 0 个部门，未变更保留 4 个");
        assertThat(after.resolve(COMMITTEE_FOLDER)).as("the withdrawn department's reports go, as in the folder's old place")
                .doesNotExist();
        List<String> removed = new ArrayList<>();
        RunOutputs.manifest(after).get("run").get("removed").forEach(p -> removed.add(p.asString()));
        assertThat(removed).contains(COMMITTEE_FOLDER + "/汇总表.pdf");
        RunOutputs.manifest(after).get("outputs").forEach(o -> assertThat(after.resolve(o.get("path").asString())).exists());
    }
}
