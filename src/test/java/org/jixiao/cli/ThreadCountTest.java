package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The partitioned steps give the same store and the same bytes whatever the number of threads. */
class ThreadCountTest {

    @TempDir
    Path dir;

    @Test
    void oneThreadAndThreeThreadsPublishTheSameFiles() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        GeneratedInput.writeTangled(input, 12);
        Path one = dir.resolve("one");
        Path three = dir.resolve("three");
        assertThat(run(input, one, 1)).isEqualTo(ExitCode.REJECTIONS.code());
        assertThat(run(input, three, 3)).isEqualTo(ExitCode.REJECTIONS.code());
        assertThat(StoreDump.of(three)).containsExactlyElementsOf(StoreDump.of(one));
        assertThat(RunOutputs.publishedFiles(three)).isEqualTo(RunOutputs.publishedFiles(one)).isNotEmpty();
    }

    private static int run(Path input, Path output, int threads) {
        return Cli.run(new String[] {"--input=" + input, "--output=" + output, "--run-date=" + RunOutputs.RUN_DATE,
            "--jixiao.threads=" + threads});
    }
}
