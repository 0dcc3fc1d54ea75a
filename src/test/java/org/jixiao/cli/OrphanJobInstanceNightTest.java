package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spring Batch 6 commits a job instance and its first execution apart, and H2 keeps a prefix of what a killed
 * process committed: a night killed as it started can leave its run and its job instance without an execution.
 * Shrunk from RepeatNightTest's rare failure (意外的内部错误: "Cannot find any job execution for job
 * instance"): the same command must still finish the night.
 */
class OrphanJobInstanceNightTest {

    @TempDir
    Path dir;

    @Test
    void aRunWhoseJobInstanceLostItsExecutionIsFinishedByTheSameCommand() throws Exception {
        Path input = dir.resolve("input");
        RunOutputs.copyTree(Path.of("input"), input);
        Path output = dir.resolve("out");
        // halted late enough that H2 has written the run, its instance and its execution; the execution then goes
        assertThat(JixiaoProcess.halted(dir, "consolidate:start", input, output)).isEqualTo(137);
        String url = "jdbc:h2:file:" + output.resolve(".jixiao/store").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            String executions = "SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION";
            st.executeUpdate("DELETE FROM BATCH_STEP_EXECUTION_CONTEXT WHERE STEP_EXECUTION_ID IN (SELECT STEP_EXECUTION_ID FROM "
                    + "BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID IN (" + executions + "))");
            st.executeUpdate("DELETE FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID IN (" + executions + ")");
            st.executeUpdate("DELETE FROM BATCH_JOB_EXECUTION_CONTEXT WHERE JOB_EXECUTION_ID IN (" + executions + ")");
            st.executeUpdate("DELETE FROM BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID IN (" + executions + ")");
            assertThat(st.executeUpdate("DELETE FROM BATCH_JOB_EXECUTION")).isEqualTo(1);
            try (var rs = st.executeQuery("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the instance is left without its execution").isEqualTo(1);
            }
        }

        RunOutputs.Said resumed = RunOutputs.runSaying(input, output);
        assertThat(resumed.code()).as(resumed.out() + resumed.err()).isZero();
        assertThat(resumed.out()).contains("继续上次中断的运行");
        NightsTest.assertSameAsFresh(input, output);
    }
}
