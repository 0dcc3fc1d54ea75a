package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scoring rules given on the command line reach the checks and the sums (filings.md §4–5: configuration). */
class ScoringSettingsTest {

    @TempDir
    Path output;

    /** Seed 003 scores 96, 95, 95, 95, 95, 95: all 优 by the national bands, one 优 and five 良 with 优 from 96. */
    @Test
    void gradeBandsFromTheCommandLineGradeTheProjects() throws IOException {
        int code = Cli.run(new String[] {"--input=input", "--output=" + output, "--run-date=" + RunOutputs.RUN_DATE,
                "--jixiao.scoring.excellent=96", "--jixiao.scoring.good=95"});
        assertThat(code).isZero();
        Map<String, String> songjiang = RunOutputs.csv(output.resolve("2023/汇总数据/绩效自评-部门.csv")).get(0);
        assertThat(songjiang).containsEntry("平均总得分", "95.17").containsEntry("优(项)", "1").containsEntry("良(项)", "5");
    }
}
