package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The input folder is a shared folder that clerks and their tools write to while a night runs, and
 * while a killed night waits to be resumed. A night records each file's content by the SHA-256 its scan
 * computed, and later nights take a content recorded as read without reading it again: so what is
 * recorded under a digest must be what those bytes hold, and a night must publish the folder as it is
 * when it runs, whatever an interrupted attempt saw.
 */
class ChangedWhileReadNightTest {

    private static final String SONGJIANG_2025 = "000-松江区委组织部-2025-绩效目标.csv";
    private static final String CITY_2023 = "004-市委组织部-2023-绩效目标.xlsx";

    /** Kept when a test fails, so the stores can be looked at by hand. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dir;

    /**
     * A night killed in its import, a filing rewritten in place before the next run (as a tool that truncates
     * and writes leaves it for a moment: here its first 40 lines), that run, then the filing as it was. Were the
     * moment's rows recorded under the digest the killed attempt's scan took, every later night would take the
     * full file as read and publish 松江's 2025 targets as 2 projects (546.98万元) instead of 7 (802.32万元), with
     * no finding, for as long as the file keeps those bytes. The night after the file is back equals a fresh run.
     * (The folder changed since the attempt's scan, so the attempt is given up; a file rewritten while a night
     * reads it is refused by the reader: FilingRowReaderTest.)
     */
    @Test
    void aFileRewrittenBetweenTheScanAndItsReadingIsNotRecordedUnderTheDigestTheScanSaw() throws Exception {
        int lines = 40;
        Path input = dir.resolve("input");
        RunOutputs.copyTree(Path.of("input"), input);
        Path output = dir.resolve("out");
        Path file = input.resolve(SONGJIANG_2025);
        byte[] filed = Files.readAllBytes(file);

        // one import thread: the first chunk holds every file's first projects, so the resume reads them all again
        assertThat(JixiaoProcess.halted(dir, "import:inchunk1", input, output, "--jixiao.threads=1")).isEqualTo(137);
        List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
        Files.write(file, all.subList(0, lines), StandardCharsets.UTF_8);
        // the folder is no longer what the attempt scanned: it is given up, the night worked out on the folder as it is
        // (a file rewritten while a night reads it is refused by the reader: FilingRowReaderTest)
        RunOutputs.Said resumed = RunOutputs.runSaying(input, output, "--jixiao.threads=1");
        assertThat(resumed.out()).contains("输入文件夹已有变动").doesNotContain("继续上次中断的运行");

        Files.write(file, filed);
        RunOutputs.Said next = RunOutputs.runSaying(input, output, "--jixiao.threads=1");
        assertThat(next.code()).as("the file holds its 111 rows again; the night said:%n%s", next.out()).isZero();
        NightsTest.assertSameAsFresh(input, output);
    }

    /**
     * A night killed after its import, a filing taken out of the folder before the resume (the operator
     * removes the file he thinks broke the night), the resume: resumed, it would publish the withdrawn
     * filing's department and count the file among tonight's; it gives the attempt up and works the night
     * out on the folder as it is, taking what the attempt read.
     */
    @Test
    void aNightResumedAfterAFileWasTakenOutPublishesTheFolderAsItIsNow() throws Exception {
        Path input = dir.resolve("input");
        RunOutputs.copyTree(Path.of("input"), input);
        Path output = dir.resolve("out");

        assertThat(JixiaoProcess.halted(dir, "consolidate:start", input, output)).isEqualTo(137);
        Files.delete(input.resolve(CITY_2023));
        RunOutputs.Said resumed = RunOutputs.runSaying(input, output);
        assertThat(resumed.out()).contains("已放弃上次未完成的", "输入文件夹已有变动").doesNotContain("继续上次中断的运行");
        assertThat(resumed.code()).as(resumed.out()).isZero();
        NightsTest.assertSameAsFresh(input, output);
    }
}
