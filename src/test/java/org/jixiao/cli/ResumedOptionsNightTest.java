package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resumed night keeps the printing options it started with (its outputs must agree with each other).
 * An operator who asks for --draft on the command that resumes it gets final-looking PDFs, so the report
 * says in one line that tonight's options did not apply, and how to get them.
 */
class ResumedOptionsNightTest {

    @TempDir
    Path dir;

    @Test
    void aResumeSaysTheOptionsTonightsCommandAskedForDidNotApply() throws Exception {
        Path input = dir.resolve("input");
        RunOutputs.copyTree(Path.of("input"), input);
        Path output = dir.resolve("out");
        assertThat(JixiaoProcess.halted(dir, "render:start", input, output)).isEqualTo(137);

        RunOutputs.Said resumed = RunOutputs.runSaying(input, output, "--draft");
        assertThat(resumed.out()).contains("继续上次中断的运行", "本次命令的打印选项未生效", "沿用它开始时的选项（正式版，单面，无归档版）",
                "本次的选项（--draft）");
    }
}
