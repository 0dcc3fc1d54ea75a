package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Giving up an unfinished run in the states a kill can leave between two commits: the store is set to
 * the state (a finished sample run, its records wound back), then the next run is started.
 */
class AbandonTest {

    @TempDir
    Path input;
    @TempDir
    Path output;

    /**
     * Killed the moment after its import was made current, before Spring Batch wrote the step's
     * COMPLETED: the import is complete, and giving the run up keeps it.
     */
    @Test
    void aRunKilledAsItsImportWasMadeCurrentKeepsItsImportWhenGivenUp() throws Exception {
        finishSampleRun();
        forgetStepsAfter("finishImport");
        sql("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', END_TIME = NULL WHERE STEP_NAME = 'finishImport'",
                "UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL",
                "UPDATE jx_run SET status = 'STARTED', finished_at = NULL");

        String said = run("--fresh");
        assertThat(said).contains("已放弃上次未完成的第1次运行（按 --fresh 的要求", "停在「合并」步骤", "它已读入的内容保留", "本次读入 0，未变更 5")
                .doesNotContain("撤回");
    }

    /**
     * Killed in its import, with the store keeping only a prefix of what was committed: the scan's
     * COMPLETED is there, the import's start is not. The run stopped in the import, not in no step.
     */
    @Test
    void aRunRememberedOnlyUpToItsScanIsSaidToHaveStoppedInTheImport() throws Exception {
        finishSampleRun();
        forgetStepsAfter("scan");
        sql("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL",
                "UPDATE jx_run SET status = 'STARTED', finished_at = NULL, import_finished_at = NULL",
                "UPDATE jx_file SET complete = FALSE");

        String said = run("--fresh");
        assertThat(said).contains("已放弃上次未完成的第1次运行（按 --fresh 的要求", "停在「导入」步骤", "它未完成的导入已撤回", "本次读入 5，未变更 0");
        assertThat(number("SELECT COUNT(*) FROM jx_file WHERE run_id = 1")).as("what it read, incomplete, is discarded").isZero();
    }

    /**
     * Tonight's job cannot be started once the unfinished run is given up (here the job repository
     * refuses a new execution): the operator is still told which run was given up, with the failure.
     */
    @Test
    void aRunGivenUpBeforeTonightsJobFailedToStartIsStillReported() throws Exception {
        finishSampleRun();
        long last = number("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION");
        sql("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL",
                "UPDATE jx_run SET status = 'STARTED', finished_at = NULL",
                "ALTER TABLE BATCH_JOB_EXECUTION ADD CONSTRAINT jx_test_no_new_execution CHECK (JOB_EXECUTION_ID <= " + last + ")");

        RunOutputs.Said said = cli("--fresh");
        assertThat(said.code()).isEqualTo(ExitCode.FAILED.code());
        assertThat(said.out()).contains("已放弃上次未完成的第1次运行（按 --fresh 的要求", "它已读入的内容保留");
        assertThat(said.err()).contains("运行失败");
    }

    /**
     * Killed while giving up a run, after Spring Batch recorded it as abandoned but before the store
     * did: the next run cannot restart that job, and gives it up instead of failing every night.
     */
    @Test
    void aRunWhoseJobWasGivenUpButNotItsRecordIsGivenUpNotRestarted() throws Exception {
        finishSampleRun();
        sql("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'ABANDONED', EXIT_CODE = 'ABANDONED'",
                "UPDATE jx_run SET status = 'STARTED', finished_at = NULL");

        String said = run();
        assertThat(said).contains("jixiao 第2次运行", "已放弃上次未完成的第1次运行（之前已放弃，但未记完", "它已读入的内容保留", "完成 / done");
    }

    /**
     * Runs on two output folders sharing one store (`--store`): tonight's run finds the other's run
     * unfinished, but its process is alive — it is still going. Tonight's run touches nothing and says
     * so; once that process is gone, its run is given up as any other.
     */
    @Test
    void anUnfinishedRunWhoseProcessIsAliveIsLeftAlone() throws Exception {
        finishSampleRun();
        Process alive = new ProcessBuilder("sleep", "60").start();
        try {
            String host = org.jixiao.store.RunOwner.thisProcess().split(" ")[0];
            String owner = host + " " + alive.pid() + " " + alive.info().startInstant().map(Object::toString).orElse("-");
            sql("UPDATE jx_run SET status = 'STARTED', finished_at = NULL, output_dir = '/elsewhere', owner = '" + owner + "'");

            RunOutputs.Said said = cli();
            assertThat(said.code()).isEqualTo(ExitCode.BUSY.code());
            assertThat(said.err()).contains("数据库中的第1次运行仍在进行", "/elsewhere", "本次未做任何改动");
            assertThat(StoreDump.of(output)).as("the other run is not touched").contains("1 | 2026-11-21 | STARTED")
                    .noneMatch(line -> line.startsWith("2 | "));
        } finally {
            alive.destroyForcibly().waitFor();
        }
        assertThat(run()).contains("已放弃上次未完成的第1次运行（它的输入或输出文件夹与本次不同");
    }

    /**
     * Runs on two hosts sharing one store: the other host's process cannot be looked up, so its run
     * counts as going while its heartbeat is recent, and is given up once the heartbeat is older than
     * the lease (the process is gone).
     */
    @Test
    void anUnfinishedRunOfAnotherHostIsLeftAloneWhileItsHeartbeatIsRecent() throws Exception {
        finishSampleRun();
        assertThat(number("SELECT COUNT(*) FROM jx_heartbeat WHERE run_id = 1")).as("a run leaves its heartbeat").isEqualTo(1);
        sql("UPDATE jx_run SET status = 'STARTED', finished_at = NULL, output_dir = '/elsewhere', owner = 'another-host 4242 -'",
                "UPDATE jx_heartbeat SET beat_at = DATEADD('SECOND', -20, CURRENT_TIMESTAMP)");

        RunOutputs.Said said = cli();
        assertThat(said.code()).isEqualTo(ExitCode.BUSY.code());
        assertThat(said.err()).contains("数据库中的第1次运行仍在进行", "another-host 4242", "本次未做任何改动");
        assertThat(StoreDump.of(output)).as("the other run is not touched").contains("1 | 2026-11-21 | STARTED")
                .noneMatch(line -> line.startsWith("2 | "));

        sql("UPDATE jx_heartbeat SET beat_at = DATEADD('MINUTE', -3, CURRENT_TIMESTAMP)");
        assertThat(run()).contains("已放弃上次未完成的第1次运行（它的输入或输出文件夹与本次不同");
    }

    /** Runs jixiao on the sample input to the end: the run whose records each test winds back. */
    private void finishSampleRun() throws IOException {
        RunOutputs.copyTree(Path.of("input"), input);
        assertThat(RunOutputs.run(input, output)).isZero();
    }

    /** Removes from the job repository every step execution after the named step's, as a kill before they were written would. */
    private void forgetStepsAfter(String step) throws SQLException {
        String after = "STEP_EXECUTION_ID > (SELECT STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = '" + step + "')";
        sql("DELETE FROM BATCH_STEP_EXECUTION_CONTEXT WHERE " + after, "DELETE FROM BATCH_STEP_EXECUTION WHERE " + after);
    }

    private long number(String query) throws SQLException {
        String url = "jdbc:h2:file:" + output.resolve(".jixiao/store").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
                java.sql.ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void sql(String... statements) throws SQLException {
        String url = "jdbc:h2:file:" + output.resolve(".jixiao/store").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
    }

    /** Runs jixiao on the sample input, as tonight's run, expects it to succeed and returns what it printed. */
    private String run(String... options) {
        RunOutputs.Said said = cli(options);
        assertThat(said.code()).as(said.out() + said.err()).isZero();
        return said.out();
    }

    /** What a run said: its exit code, its standard output and its standard error. */

    /** Runs jixiao on the sample input, as tonight's run, and keeps what it printed on either stream. */
    private RunOutputs.Said cli(String... options) {
        return RunOutputs.runSaying(input, output, options);
    }
}
