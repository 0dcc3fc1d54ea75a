package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the operator on call meets: one run at a time, plain messages, honest exit codes, history. */
class OperatorTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureTerminal() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreTerminal() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private String said() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aSecondRunWhileOneIsRunningIsRefusedAndTouchesNothing() throws IOException {
        Path output = dir.resolve("out");
        Optional<RunLock> first = RunLock.tryAcquire(output);
        assertThat(first).isPresent();
        try (RunLock held = first.get()) {
            assertThat(RunOutputs.run(Path.of("input"), output)).isEqualTo(ExitCode.BUSY.code());
            assertThat(said()).contains("另一个 jixiao 运行正在使用", "another jixiao run");
            try (Stream<Path> files = Files.walk(output)) {
                assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())).containsOnly("run.lock");
            }
        }
        assertThat(RunOutputs.run(Path.of("input"), output)).isZero();
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsSaidPlainly() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "x");
        assertThat(RunOutputs.run(Path.of("input"), notAFolder.resolve("out"))).isEqualTo(ExitCode.FAILED.code());
        assertThat(said()).contains("输出目录无法写入", "output folder cannot be written").doesNotContain("Exception", "\tat ");
    }

    @Test
    void aMissingInputFolderIsSaidPlainly() {
        assertThat(RunOutputs.run(dir.resolve("nowhere"), dir.resolve("out"))).isEqualTo(ExitCode.FAILED.code());
        assertThat(said()).contains("输入目录不存在", "input folder not found").doesNotContain("Exception");
    }

    @Test
    void aCorruptStoreIsSaidPlainlyWithWhatToDo() throws IOException {
        Path output = dir.resolve("out");
        Files.createDirectories(output.resolve(".jixiao"));
        Files.write(output.resolve(".jixiao/store.mv.db"), "this is not a database".repeat(500).getBytes(StandardCharsets.UTF_8));
        assertThat(RunOutputs.run(Path.of("input"), output)).isEqualTo(ExitCode.FAILED.code());
        assertThat(said()).contains("数据库文件", "备份").doesNotContain("\tat ");
        assertThat(Files.readString(output.resolve(".jixiao/jixiao.log"))).contains("at org.");
    }

    @Test
    void historyListsEveryRunWithItsCounts() throws IOException {
        Path input = dir.resolve("input");
        Path output = dir.resolve("out");
        RunOutputs.copyTree(Path.of("input"), input);
        assertThat(RunOutputs.run(input, output)).isZero();
        Files.writeString(input.resolve("001-区级机关工委-2023-绩效目标.csv"), "年度,主管部门\n", StandardCharsets.UTF_8);
        assertThat(RunOutputs.run(input, output)).isEqualTo(ExitCode.REJECTIONS.code());
        out.reset();
        assertThat(Cli.run(new String[] {"history", "--output=" + output})).isZero();
        String history = out.toString(StandardCharsets.UTF_8);
        assertThat(history.lines()).hasSize(3);
        // files current/read that night/withdrawn, refused files/projects, 错误(new)/问题/提示, departments made/kept
        assertThat(history.lines().skip(1).findFirst().orElseThrow()).contains("完成", "5/5/0", "0/0", "0(0)/16/11", "5/0");
        assertThat(history.lines().skip(2).findFirst().orElseThrow()).contains("完成", "5/1/0", "1/0", "1(1)/16/11", "0/4");
    }

    @Test
    void helpExplainsEveryOptionAndExitCode() {
        assertThat(Cli.run(new String[] {"--help"})).isZero();
        assertThat(said()).contains("--input", "--output", "--run-date", "--store", "--fresh", "--draft", "--duplex", "--archive", "history", "退出码",
                "64");
        // bench runs on the machine's cores unless told otherwise (BenchCommand); the help said 1
        assertThat(said()).contains("--threads 默认本机核数").doesNotContain("--threads 默认 1");
    }

    @Test
    void aPrintingOptionTakesNoValueOrTrueOrFalse() {
        assertThat(Cli.run(new String[] {"--draft=yes"})).isEqualTo(ExitCode.USAGE.code());
        assertThat(said()).contains("--draft");
    }

    @Test
    void anOptionThatTakesAValueGivenWithoutOneIsAUsageError() {
        // a bare --output once published into a folder named "true"
        assertThat(Cli.run(new String[] {"--output"})).isEqualTo(ExitCode.USAGE.code());
        assertThat(said()).contains("--output 需要一个值");
        assertThat(Cli.run(new String[] {"--input", "--draft"})).isEqualTo(ExitCode.USAGE.code());
        assertThat(said()).contains("--input 需要一个值");
    }

    @Test
    void aScoringSettingThatIsMisspeltOrNotANumberIsAUsageError() {
        // a misspelt setting was ignored in silence; a wrong value failed the run in English only
        assertThat(Cli.run(new String[] {"--jixiao.scoring.tolerence=0.5"})).isEqualTo(ExitCode.USAGE.code());
        assertThat(said()).contains("未知设置 --jixiao.scoring.tolerence");
        assertThat(Cli.run(new String[] {"--jixiao.scoring.tolerance=abc"})).isEqualTo(ExitCode.USAGE.code());
        assertThat(said()).contains("--jixiao.scoring.tolerance 的值应为", "「abc」");
        assertThat(Cli.run(new String[] {"--jixiao.threads=two"})).isEqualTo(ExitCode.USAGE.code());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(Cli.run(new String[] {"--inptu=x"})).isEqualTo(ExitCode.USAGE.code());
        assertThat(said()).contains("unknown option: --inptu");
    }
}
