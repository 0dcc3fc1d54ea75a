package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first run killed while Spring Batch's tables were being created leaves some of them (each
 * statement commits alone); the next run creates the rest instead of taking the store for complete.
 */
class PartialBatchSchemaTest {

    @TempDir
    Path dir;

    @Test
    void aStoreKilledWhileTheJobRepositoryWasBeingCreatedStillRuns() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("a.csv"), "年度,主管部门,项目名称,年度资金申请总额,一级指标,二级指标,三级指标,指标值\n"
                + "2025,部门甲,项目,100,产出指标,数量指标,次数,≥1(次)\n", StandardCharsets.UTF_8);
        Path output = dir.resolve("out");
        Path store = Files.createDirectories(output.resolve(".jixiao")).resolve("store").toAbsolutePath();
        String script = new String(org.springframework.batch.core.job.Job.class.getResourceAsStream(
                "/org/springframework/batch/core/schema-h2.sql").readAllBytes(), StandardCharsets.UTF_8);
        String first = script.substring(script.indexOf("CREATE TABLE BATCH_JOB_INSTANCE"), script.indexOf(';') + 1);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + store, "sa", ""); Statement s = c.createStatement()) {
            s.execute(first);
        }
        assertThat(RunOutputs.run(input, output)).isEqualTo(ExitCode.OK.code());
    }
}
