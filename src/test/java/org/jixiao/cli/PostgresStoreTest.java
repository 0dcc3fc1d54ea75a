package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jixiao.store.PostgresTest;
import org.jixiao.store.RunOwner;
import org.jixiao.store.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code --store=jdbc:postgresql://…}: nights on a PostgreSQL store, one after another as an operator
 * runs them, publish what the embedded store publishes; history, withdrawals and the guard against two
 * runs on one store work as they do on H2.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresStoreTest {

    Path dir;
    TestDatabase db;
    Path input;
    Path output;

    @BeforeAll
    void store(TestDatabase db, @TempDir Path dir) throws Exception {
        this.db = db;
        this.dir = dir;
        input = dir.resolve("input");
        RunOutputs.copyTree(Path.of("input"), input);
        output = dir.resolve("out");
    }

    @Test
    @Order(1)
    void aNightPublishesWhatTheEmbeddedStorePublishes() throws Exception {
        Path embedded = dir.resolve("embedded");
        assertThat(RunOutputs.run(input, embedded)).isEqualTo(ExitCode.OK.code());

        RunOutputs.Said night = night();
        assertThat(night.code()).as(night.out() + night.err()).isEqualTo(ExitCode.OK.code());
        Map<String, String> published = RunOutputs.publication(output);
        assertThat(published).hasSizeGreaterThan(40).isEqualTo(RunOutputs.publication(embedded));
        assertThat(output.resolve(Store.FOLDER)).as("no H2 file beside a PostgreSQL store").isDirectoryNotContaining("glob:**.mv.db");
        assertThat(jdbc().queryForList("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank",
                String.class)).containsExactly("1", "2", "3", "4", "5", "6");
    }

    @Test
    @Order(2)
    void historyListsTheNightsOfTheStore() {
        RunOutputs.Said again = night();
        assertThat(again.out()).contains("本次读入 0，未变更 5", "重新生成 0 个部门，未变更保留 5 个");

        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        ExitCode code = HistoryCommand.run(Options.parse(new String[] {"history", "--output=" + output, "--store=" + db.url()}),
                new java.io.PrintStream(text, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(text.toString(java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> l.contains("完成"))).hasSize(2);
    }

    /** Runs on two output folders sharing the store: while the other's process is alive, tonight's run touches nothing. */
    @Test
    @Order(3)
    void aRunOfAnotherLiveProcessOnTheStoreIsLeftAlone() throws Exception {
        Process alive = new ProcessBuilder("sleep", "60").start();
        try {
            String host = RunOwner.thisProcess().split(" ")[0];
            String owner = host + " " + alive.pid() + " " + alive.info().startInstant().map(Object::toString).orElse("-");
            jdbc().update("UPDATE jx_run SET status = 'STARTED', finished_at = NULL, output_dir = '/elsewhere', owner = ? WHERE run_id = 2",
                    owner);

            RunOutputs.Said said = night();
            assertThat(said.code()).isEqualTo(ExitCode.BUSY.code());
            assertThat(said.err()).contains("数据库中的第2次运行仍在进行", "/elsewhere", "本次未做任何改动");
            assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM jx_run", Integer.class)).isEqualTo(2);
        } finally {
            alive.destroyForcibly().waitFor();
            jdbc().update("UPDATE jx_run SET status = 'COMPLETED', finished_at = started_at, output_dir = ? WHERE run_id = 2",
                    output.toString());
        }
    }

    @Test
    @Order(4)
    void aFileTakenOutIsWithdrawnAndItsDepartmentsReportsRemoved() throws Exception {
        String file = "001-区级机关工委-2023-绩效目标.csv";
        Files.delete(input.resolve(file));

        RunOutputs.Said night = night();
        assertThat(night.code()).as(night.out() + night.err()).isEqualTo(ExitCode.OK.code());
        assertThat(night.out()).contains("撤回 " + file);
        assertThat(RunOutputs.manifest(output).get("run").toString()).contains("WITHDRAWN");
        try (var files = Files.walk(output)) {
            assertThat(files.map(Path::toString)).noneMatch(p -> p.contains("区级机关工委"));
        }
    }

    private RunOutputs.Said night() {
        return RunOutputs.runSaying(input, output, "--store=" + db.url());
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(db.dataSource());
    }
}
