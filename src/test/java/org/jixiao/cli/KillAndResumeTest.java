package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A nightly run killed — its JVM halted as SIGKILL would, at a named point of the job (the test-only
 * {@code jixiao.test.halt} hook: as a step starts, after a chunk was committed, inside a chunk not yet
 * committed) — then started again with the same command, ends with exactly what an uninterrupted run
 * leaves: the same rows in the store and every output byte for byte. The input has filings only the
 * check step can settle (rows interleaved) and filings filed twice (E07), so every step has work.
 */
class KillAndResumeTest {

    /** Kept when a test fails, so the two stores can be compared by hand. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path dir;
    static Path input;
    static List<String> referenceStore;
    static Map<String, String> referenceOutputs;

    @BeforeAll
    static void runUninterrupted() throws Exception {
        input = Files.createDirectories(dir.resolve("input"));
        GeneratedInput.writeTangled(input, 8, 4);
        Path reference = dir.resolve("reference");
        assertThat(RunOutputs.run(input, reference)).isEqualTo(ExitCode.REJECTIONS.code());
        referenceStore = StoreDump.of(reference);
        referenceOutputs = RunOutputs.publishedFiles(reference);
        assertThat(referenceOutputs).containsKeys("问题清单.csv", "2025/汇总数据/绩效目标-部门.csv", "2024/汇总数据/绩效自评-项目.csv");
    }

    /** @param haltAt where the run is killed, as {@code jixiao.test.halt} names it */
    @ParameterizedTest
    @ValueSource(strings = {"import:inchunk2", "check:inchunk1", "finishImport:start", "render:inchunk2", "manifest:start"})
    void aRunKilledAndStartedAgainEndsAsIfUninterrupted(String haltAt) throws Exception {
        Path output = dir.resolve("killed-" + haltAt.replace(':', '-'));
        assertThat(halted(output, haltAt)).as("killed at " + haltAt).isEqualTo(137);

        RunOutputs.Said again = RunOutputs.runSaying(input, output);
        assertThat(again.code()).as(again.out() + again.err()).isEqualTo(ExitCode.REJECTIONS.code());
        assertThat(again.out()).contains("继续上次中断的运行");
        assertThat(again.out()).as("the store the killed run left open is rebuilt first").contains("已重建");
        assertThat(StoreDump.of(output)).as("store after resume; resumed run said:%n%s", again.out())
                .containsExactlyElementsOf(referenceStore);
        assertThat(RunOutputs.publishedFiles(output)).isEqualTo(referenceOutputs);
        try (Stream<Path> files = Files.walk(output)) {
            assertThat(files.map(Path::toString)).noneMatch(p -> p.endsWith(org.jixiao.output.OutputFolder.TEMP_SUFFIX));
        }
    }

    /**
     * A run sent SIGTERM (a scheduler stopping it) while its partitions run on two threads is resumed by
     * the same command into what an uninterrupted run leaves. In its import the night stops at its chunk
     * boundaries (STOPPED); in its render it stops at the first PDF it would publish after the signal
     * (the JVM's fonts are going away). Before, the context's close interrupted the partition threads and
     * an interrupted chunk step ended COMPLETED with items unread, which the resumed run then skipped.
     */
    @ParameterizedTest
    @ValueSource(strings = {"import:chunk1:term", "render:chunk1:term"})
    void aRunSentSigtermIsResumedByTheSameCommand(String signalAt) throws Exception {
        Path output = dir.resolve("sigterm-" + signalAt.replace(':', '-'));
        assertThat(halted(output, signalAt, "--jixiao.threads=2")).as("ended by SIGTERM").isEqualTo(143);
        try (var c = java.sql.DriverManager.getConnection(Store.fileUrl(output), "sa", "");
                var rs = c.createStatement().executeQuery("SELECT status FROM batch_job_execution")) {
            assertThat(rs.next()).isTrue();
            // asked to stop, the import stops in order at its chunk boundaries; the render stops at its first
            // output after the signal, as a kill would (the operator's stop just recorded: STOPPING), or, when
            // the partitions reached their chunk boundaries first, in order (STOPPED)
            assertThat(rs.getString(1)).isIn(signalAt.startsWith("import") ? List.of("STOPPED") : List.of("STOPPED", "STOPPING", "STARTED"));
        }

        RunOutputs.Said again = RunOutputs.runSaying(input, output);
        assertThat(again.code()).as(again.out() + again.err()).isEqualTo(ExitCode.REJECTIONS.code());
        assertThat(again.out()).contains("继续上次中断的运行");
        assertThat(StoreDump.of(output)).containsExactlyElementsOf(referenceStore);
        assertThat(RunOutputs.publishedFiles(output)).isEqualTo(referenceOutputs);
    }

    /**
     * A run killed in its import and then given up ({@code --fresh}) leaves nothing behind that the
     * next run would take as read: what it read is incomplete, so the fresh run reads every file again.
     */
    @ParameterizedTest
    @ValueSource(strings = {"import:chunk1"})
    void aRunKilledInItsImportAndAbandonedIsImportedAgainInFull(String haltAt) throws Exception {
        Path output = dir.resolve("abandoned-" + haltAt.replace(':', '-'));
        assertThat(halted(output, haltAt)).isEqualTo(137);

        RunOutputs.Said fresh = RunOutputs.runSaying(input, output, "--fresh");
        assertThat(fresh.code()).as(fresh.out() + fresh.err()).isEqualTo(ExitCode.REJECTIONS.code());
        String stage = haltAt.startsWith("import") ? "导入" : "复查";
        assertThat(fresh.out()).doesNotContain("继续上次中断的运行").contains("未变更 0，改名、移动或放回 0")
                .contains("已放弃上次未完成的第1次运行（按 --fresh 的要求", "未完成的导入已撤回")
                // H2 keeps what was committed up to a moment before the kill (its writer stores commits about
                // once a second): the run may be remembered as stopped in an earlier step, or before its first
                // when the job's start was among what the kill lost (seen once in CI on a small folder that is
                // scanned in a few milliseconds), never in a later one
                .containsAnyOf("停在「开始」步骤", "停在「扫描」步骤", "停在「导入」步骤", "停在「" + stage + "」步骤");
        assertThat(RunOutputs.publishedFiles(output)).as(fresh.out()).isEqualTo(referenceOutputs);
    }

    /** Runs jixiao in a JVM of its own, as cron would, halted at {@code haltAt}; returns its exit code. */
    private static int halted(Path output, String haltAt, String... options) throws IOException, InterruptedException {
        // a killed JVM leaves its temporary font copies behind: keep them in the test's folder, not /tmp
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                // a small night in a JVM of its own: C1 alone and the serial collector take it in half the CPU
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Djixiao.test.halt=" + haltAt, "-Djava.io.tmpdir=" + tmp, "-Dfile.encoding=UTF-8", "-Duser.timezone=Asia/Shanghai",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "org.jixiao.JixiaoApplication",
                "--input=" + input, "--output=" + output, "--run-date=" + RunOutputs.RUN_DATE));
        command.addAll(List.of(options));
        Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
        run.getInputStream().transferTo(OutputStream.nullOutputStream());
        return run.waitFor();
    }
}
