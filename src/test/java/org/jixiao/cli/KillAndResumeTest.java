package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A nightly run killed with SIGKILL at several points, in its own JVM, then started again with the
 * same command, ends with exactly what an uninterrupted run leaves: the same rows in the store and
 * every output byte for byte.
 */
class KillAndResumeTest {

    /** Kept when a test fails, so the two stores can be compared by hand. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path dir;
    static Path input;
    static Path reference;
    static List<String> referenceStore;
    static Map<String, String> referenceOutputs;

    @BeforeAll
    static void runUninterrupted() throws Exception {
        input = Files.createDirectories(dir.resolve("input"));
        GeneratedInput.writeTangled(input, 100);
        reference = dir.resolve("reference");
        assertThat(child(reference).waitFor()).isEqualTo(ExitCode.REJECTIONS.code());
        referenceStore = StoreDump.of(reference);
        referenceOutputs = RunOutputs.publishedFiles(reference);
        assertThat(referenceOutputs).containsKeys("问题清单.csv", "2025/汇总数据/绩效目标-部门.csv", "2024/汇总数据/绩效自评-项目.csv");
    }

    /**
     * @param killAt the stage and share of its work after which the run is killed, e.g. {@code 导入 30%}
     *     (the import checks each project as it reads it, so a kill late in the import hits the checks too;
     *     the check step has the interleaved and duplicated filings of the tangled input to settle)
     */
    @ParameterizedTest
    @ValueSource(strings = {"导入 30%", "导入 80%", "复查 60%", "生成报表 40%"})
    void aRunKilledAndStartedAgainEndsAsIfUninterrupted(String killAt) throws Exception {
        String stage = killAt.split(" ")[0];
        int percent = Integer.parseInt(killAt.split(" ")[1].replace("%", ""));
        Path output = dir.resolve("killed-" + stage + "-" + percent);
        Process run = child(output);
        List<String> seen = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                seen.add(line);
                if (reached(line, stage, percent)) {
                    run.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).as("progress seen before the kill").anyMatch(l -> reached(l, stage, percent));
        assertThat(run.exitValue()).as("killed").isNotIn(0, 2);

        Process again = child(output);
        String report = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(again.waitFor()).as(report).isEqualTo(ExitCode.REJECTIONS.code());
        assertThat(report).contains("继续上次中断的运行");
        assertThat(report).as("the store the killed run left open is rebuilt first").contains("已重建");
        assertThat(StoreDump.of(output)).as("store after resume; killed run said:%n%s%nresumed run said:%n%s",
                String.join("\n", seen), report).containsExactlyElementsOf(referenceStore);
        assertThat(RunOutputs.publishedFiles(output)).isEqualTo(referenceOutputs);
        try (Stream<Path> files = Files.walk(output)) {
            assertThat(files.map(Path::toString)).noneMatch(p -> p.endsWith(org.jixiao.output.OutputFolder.TEMP_SUFFIX));
        }
    }

    /**
     * A run killed in its import and then given up ({@code --fresh}) leaves nothing behind that the
     * next run would take for imported: the fresh run imports every file again, as if the killed run
     * had never been (the files it registered were current versions that the next scan would have
     * skipped as unchanged, their projects never all checked nor counted).
     */
    @ParameterizedTest
    @ValueSource(strings = {"导入 50%", "复查 60%"})
    void aRunKilledInItsImportAndAbandonedIsImportedAgainInFull(String killAt) throws Exception {
        String stage = killAt.split(" ")[0];
        int percent = Integer.parseInt(killAt.split(" ")[1].replace("%", ""));
        Path output = dir.resolve("abandoned-" + stage + "-" + percent);
        Process run = child(output);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (reached(line, stage, percent)) {
                    run.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as("killed").isNotIn(0, 2);

        Process fresh = child(output, "--fresh");
        String report = new String(fresh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(fresh.waitFor()).as(report).isEqualTo(ExitCode.REJECTIONS.code());
        assertThat(report).doesNotContain("继续上次中断的运行").contains("未变更跳过 0")
                .contains("已放弃上次未完成的第1次运行（按 --fresh 的要求", "未完成的导入已撤回")
                // the store keeps what was committed up to a moment before the kill (on a busy machine
                // more than a second before it): the run may be remembered as stopped in an earlier step,
                // never in none and never in a later one
                .containsAnyOf("停在「扫描」步骤", "停在「导入」步骤", "停在「" + stage + "」步骤");
        assertThat(RunOutputs.publishedFiles(output)).as(report).isEqualTo(referenceOutputs);
    }

    /** Whether a progress line says the stage has done at least {@code percent} of its work. */
    private static boolean reached(String line, String stage, int percent) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*" + stage + " (\\d+)%").matcher(line);
        return m.find() && Integer.parseInt(m.group(1)) >= percent;
    }

    /** Starts jixiao in its own JVM, as cron would, on the generated input. */
    private static Process child(Path output, String... options) throws IOException {
        // a killed JVM leaves its temporary font copies behind: keep them in the test's folder, not /tmp
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Djava.io.tmpdir=" + tmp,
                "-Dfile.encoding=UTF-8", "-Duser.timezone=Asia/Shanghai", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "org.jixiao.JixiaoApplication",
                "--input=" + input, "--output=" + output, "--run-date=" + RunOutputs.RUN_DATE));
        command.addAll(List.of(options));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
