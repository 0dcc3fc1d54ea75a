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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A night made from exactly what the night before it was made from (the same files, roster, settings,
 * templates, printing and run date) repeats it: it takes that night's records and goes straight to the
 * manifest. What it publishes, says and records must be what working the night out again would give —
 * and anything that differs (a file, an option, a file deleted from the output folder) makes a night
 * that works everything out.
 */
class RepeatNightTest {

    private static final String REPEATED = "沿用上次结果：完成";

    @TempDir
    Path dir;
    private Path input;
    private Path output;

    @BeforeEach
    void firstNight() throws IOException {
        input = dir.resolve("input");
        RunOutputs.copyTree(Path.of("input"), input);
        output = dir.resolve("out");
        RunOutputs.Said first = RunOutputs.runSaying(input, output);
        assertThat(first.code()).isZero();
        assertThat(first.out()).doesNotContain(REPEATED);
    }

    @Test
    void aNightMadeFromTheSameAsTheNightBeforeRepeatsItWithoutTouchingAFile() throws IOException {
        JsonNode before = RunOutputs.manifest(output);
        Map<String, FileTime> times = modifiedTimes(output);

        RunOutputs.Said second = RunOutputs.runSaying(input, output);
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains(REPEATED, "本次读入 0，未变更 5", "重新生成 0 个部门，未变更保留 5 个")
                .doesNotContain("生成报表", "汇编：");
        assertThat(modifiedTimes(output)).isEqualTo(times);
        assertSameManifest(before, RunOutputs.manifest(output));
        assertThat(RunOutputs.manifest(output).get("run").get("id").asInt()).isEqualTo(2);

        // a repeated night is a night like any other: the next one repeats it, then one that changed works it out
        assertThat(RunOutputs.runSaying(input, output).out()).contains(REPEATED);
        Path file = input.resolve("000-松江区委组织部-2025-绩效目标.csv");
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("2,030,000.00", "2,130,000.00"),
                StandardCharsets.UTF_8);
        RunOutputs.Said changed = RunOutputs.runSaying(input, output);
        assertThat(changed.out()).doesNotContain(REPEATED).contains("本次读入 1，未变更 4");
        NightsTest.assertSameAsFresh(input, output);
        assertThat(RunOutputs.runSaying(input, output).out()).contains(REPEATED);
        NightsTest.assertSameAsFresh(input, output);
    }

    @Test
    void anotherPrintingOrAFileGoneFromTheOutputFolderIsWorkedOutAgain() throws IOException {
        RunOutputs.Said draft = RunOutputs.runSaying(input, output, "--draft");
        assertThat(draft.out()).doesNotContain(REPEATED);
        RunOutputs.Said printed = RunOutputs.runSaying(input, output);
        assertThat(printed.out()).as("the night before was --draft").doesNotContain(REPEATED);
        NightsTest.assertSameAsFresh(input, output);

        Path pdf = output.resolve("2025/松江区/中共上海市松江区委组织部/绩效目标申报表.pdf");
        String bytes = RunOutputs.sha256(pdf);
        Files.delete(pdf);
        RunOutputs.Said again = RunOutputs.runSaying(input, output);
        assertThat(again.out()).doesNotContain(REPEATED).contains("重新生成 1 个部门");
        assertThat(RunOutputs.sha256(pdf)).isEqualTo(bytes);

        Files.writeString(input.resolve("名单.csv"), "年度,主管部门,应报类型\n2025,中共上海市松江区委组织部,绩效目标\n", StandardCharsets.UTF_8);
        assertThat(RunOutputs.runSaying(input, output).out()).as("a roster came").doesNotContain(REPEATED);
        NightsTest.assertSameAsFresh(input, output);
    }

    /**
     * The roster is read by the consolidation, after the digest is taken: a night whose roster was edited while it
     * ran has the roster it did not read in its digest. Played here by making the store say the night read another
     * roster than the one in the folder: the next night, same digest, must not repeat it.
     */
    @Test
    void aNightThatReadAnotherRosterThanItsDigestSaysIsNotRepeated() throws Exception {
        Files.writeString(input.resolve("名单.csv"), "年度,主管部门,应报类型\n2025,中共上海市松江区委组织部,绩效目标\n", StandardCharsets.UTF_8);
        assertThat(RunOutputs.runSaying(input, output).out()).doesNotContain(REPEATED);
        assertThat(RunOutputs.runSaying(input, output).out()).as("the roster as the night read it").contains(REPEATED);
        String url = "jdbc:h2:file:" + output.resolve(".jixiao/store").toAbsolutePath();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
                java.sql.Statement st = c.createStatement()) {
            assertThat(st.executeUpdate("UPDATE jx_night_roster SET sha256 = '" + "0".repeat(64)
                    + "' WHERE run_id = (SELECT MAX(run_id) FROM jx_run)")).isEqualTo(1);
        }
        assertThat(RunOutputs.runSaying(input, output).out()).doesNotContain(REPEATED);
        NightsTest.assertSameAsFresh(input, output);
    }

    /** A repeating night killed as it copies, or as it writes its manifest, is resumed into what it would have been. */
    @Test
    void aRepeatingNightKilledIsResumedIntoTheSameNight() throws Exception {
        Map<String, String> published = RunOutputs.publishedFiles(output);
        JsonNode before = RunOutputs.manifest(output);
        for (String haltAt : List.of("repeat:start", "manifest:start")) {
            assertThat(halted(haltAt)).as("killed at " + haltAt).isEqualTo(137);
            RunOutputs.Said resumed = RunOutputs.runSaying(input, output);
            assertThat(resumed.code()).as(resumed.out() + resumed.err()).isZero();
            // killed this early, H2 may have lost the run's first commits: then the night starts again as a new run
            assertThat(resumed.out()).contains("重新生成 0 个部门，未变更保留 5 个");
            // where it stopped is what the store kept of it (H2 may lose the last commits), never an import it does not run
            assertThat(resumed.out()).doesNotContain("停在「导入」");
            assertThat(RunOutputs.publishedFiles(output)).isEqualTo(published);
            assertSameManifest(before, RunOutputs.manifest(output));
        }
        NightsTest.assertSameAsFresh(input, output);
    }

    /**
     * A repeating night stopped once it copied the night before's records, resumed after its roster went: the
     * resumed night is no repeat (its digest changed) and works the night out, and what it copied — the files of
     * a 年度 only the roster listed — must not stay published with it.
     */
    @Test
    void aRepeatResumedAfterTheRosterChangedPublishesNothingItCopied() throws Exception {
        Path roster = input.resolve("名单.csv");
        Files.writeString(roster, "年度,主管部门,应报类型\n2025,中共上海市松江区委组织部,绩效目标\n2030,中共上海市松江区委组织部,绩效目标\n",
                StandardCharsets.UTF_8);
        assertThat(RunOutputs.runSaying(input, output).out()).doesNotContain(REPEATED);
        assertThat(output.resolve("2030/汇总数据/报送情况.csv")).exists();

        halted("manifest:start:term");
        Files.delete(roster);
        RunOutputs.Said resumed = RunOutputs.runSaying(input, output);
        assertThat(resumed.code()).as(resumed.out() + resumed.err()).isZero();
        assertThat(resumed.out()).doesNotContain(REPEATED);
        assertThat(output.resolve("2030")).as("only the roster listed 2030").doesNotExist();
        NightsTest.assertSameAsFresh(input, output);
    }

    /**
     * A night stopped after it wrote files the night before had not (a 年度 a new roster lists), run again after
     * the roster went back: its digest is the night before's again and that night's files are untouched, but the
     * stopped night has published files of its own. Repeating the night before would leave them in the folder,
     * recorded by no night. The stopped night read a roster that is no longer there, so it is given up, not
     * resumed; the night is worked out on the folder as it is (its 2030 gone), and the night after repeats it.
     */
    @Test
    void aNightStoppedAfterWritingNewFilesIsNotRepeatedWhenResumed() throws Exception {
        Path roster = input.resolve("名单.csv");
        String before = "年度,主管部门,应报类型\n2025,中共上海市松江区委组织部,绩效目标\n";
        Files.writeString(roster, before, StandardCharsets.UTF_8);
        assertThat(RunOutputs.runSaying(input, output).out()).doesNotContain(REPEATED);

        Files.writeString(roster, before + "2030,中共上海市松江区委组织部,绩效目标\n", StandardCharsets.UTF_8);
        halted("book:start:term");
        assertThat(output.resolve("2030/汇总数据/报送情况.csv")).as("the stopped night published its 2030").exists();
        Files.writeString(roster, before, StandardCharsets.UTF_8);
        RunOutputs.Said again = RunOutputs.runSaying(input, output);
        assertThat(again.code()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("输入文件夹已有变动").doesNotContain(REPEATED, "继续上次中断的运行");
        assertThat(output.resolve("2030")).as("the roster no longer lists 2030").doesNotExist();
        NightsTest.assertSameAsFresh(input, output);

        assertThat(RunOutputs.runSaying(input, output).out()).as("made of the folder as it is").contains(REPEATED);
        NightsTest.assertSameAsFresh(input, output);
    }

    private static void assertSameManifest(JsonNode expected, JsonNode actual) {
        for (String section : List.of("inputs", "roster", "ignored", "outputs", "held", "findings", "refused")) {
            assertThat(actual.get(section)).as(section).isEqualTo(expected.get(section));
        }
        for (String field : List.of("withdrawn", "removed", "newErrors", "writers")) {
            assertThat(actual.get("run").get(field)).as("run." + field).isEqualTo(expected.get("run").get(field));
        }
    }

    private static Map<String, FileTime> modifiedTimes(Path output) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        for (String f : RunOutputs.publishedFiles(output).keySet()) {
            times.put(f, Files.getLastModifiedTime(output.resolve(f)));
        }
        return times;
    }

    /** Runs jixiao in a JVM of its own, halted at {@code haltAt} as SIGKILL (or SIGTERM) would; returns its exit code. */
    private int halted(String haltAt) throws IOException, InterruptedException {
        return JixiaoProcess.halted(dir, haltAt, input, output);
    }
}
