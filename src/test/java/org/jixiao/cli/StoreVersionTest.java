package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jixiao.store.StoreSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The store's schema is versioned (Flyway): a night brings its store to its own version, finishes a
 * migration a kill interrupted, moves aside the default store of a jixiao from before the versioned
 * schema, and refuses — touching nothing — a store given by URL that it cannot use.
 */
class StoreVersionTest {

    @TempDir
    Path dir;
    Path input;
    Path output;

    @BeforeEach
    void oneFiling() throws Exception {
        input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("a.csv"), "年度,主管部门,项目名称,年度资金申请总额,一级指标,二级指标,三级指标,指标值\n"
                + "2025,部门甲,项目,100,产出指标,数量指标,次数,≥1(次)\n", StandardCharsets.UTF_8);
        output = dir.resolve("out");
    }

    /** H2 commits each DDL statement alone: a first run killed in the middle of a migration leaves part of it. */
    @Test
    void aStoreKilledWhileAMigrationRanIsFinishedByTheNextRun() throws Exception {
        String url = Store.fileUrl(output);
        Files.createDirectories(output.resolve(Store.FOLDER));
        Flyway.configure().dataSource(url, "sa", "").locations(StoreSchema.LOCATION).target("1").load().migrate();
        String v2 = new String(StoreSchema.class.getResourceAsStream("/db/migration/V2__store.sql").readAllBytes(), StandardCharsets.UTF_8);
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute(v2.substring(v2.indexOf("CREATE TABLE"), v2.indexOf(';') + 1));
        }

        assertThat(RunOutputs.run(input, output)).isEqualTo(ExitCode.OK.code());
        assertThat(new JdbcTemplate(new DriverManagerDataSource(url, "sa", "")).queryForList(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"", String.class))
                .containsExactly("1", "2", "3", "4", "5", "6");
    }

    @Test
    void theDefaultStoreOfAnEarlierVersionIsMovedAsideAndTheNightStartsAfresh() throws Exception {
        earlierVersionStore(Store.fileUrl(output));

        RunOutputs.Said night = RunOutputs.runSaying(input, output);
        assertThat(night.code()).as(night.out() + night.err()).isEqualTo(ExitCode.OK.code());
        assertThat(night.out()).contains("数据库由旧版本 jixiao 建立，格式不兼容，已移到 store-earlier-", "本次读入 1，未变更 0");
        try (Stream<Path> files = Files.list(output.resolve(Store.FOLDER))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.matches("store-earlier-\\d{8}-\\d{6}\\.mv\\.db"));
        }
        RunOutputs.Said again = RunOutputs.runSaying(input, output);
        assertThat(again.out()).as("the new store is this version's").doesNotContain("旧版本").contains("本次读入 0，未变更 1");
    }

    @Test
    void aStoreGivenByUrlThatAnEarlierVersionMadeIsRefusedAndLeftAsItIs() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("shared").toAbsolutePath();
        earlierVersionStore(url);

        RunOutputs.Said night = RunOutputs.runSaying(input, output, "--store=" + url);
        assertThat(night.code()).isEqualTo(ExitCode.FAILED.code());
        assertThat(night.err()).contains("数据库中是旧版本 jixiao 的表", "本次未做任何改动").hasLineCount(2);
        assertThat(tables(url)).containsExactlyInAnyOrder("JX_RUN", "BATCH_JOB_INSTANCE");
    }

    @Test
    void aStoreANewerVersionUpgradedIsRefused() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("shared").toAbsolutePath();
        assertThat(RunOutputs.runSaying(input, output, "--store=" + url).code()).isEqualTo(ExitCode.OK.code());
        new JdbcTemplate(new DriverManagerDataSource(url, "sa", "")).update("""
                INSERT INTO "flyway_schema_history" ("installed_rank", "version", "description", "type", "script", "checksum",
                  "installed_by", "execution_time", "success") VALUES (99, '99', 'later', 'SQL', 'V99__later.sql', 0, 'sa', 0, TRUE)""");

        RunOutputs.Said night = RunOutputs.runSaying(input, output, "--store=" + url);
        assertThat(night.code()).isEqualTo(ExitCode.FAILED.code());
        assertThat(night.err()).contains("数据库已由更新版本的 jixiao 升级到表结构版本 99，本程序只认识到版本 " + org.jixiao.store.StoreSchema.LATEST);
    }

    /** What jixiao 0.1 left: its tables and Spring Batch's, made by scripts, without a schema history. */
    private static void earlierVersionStore(String url) throws Exception {
        String batch = new String(org.springframework.batch.core.job.Job.class.getResourceAsStream(
                "/org/springframework/batch/core/schema-h2.sql").readAllBytes(), StandardCharsets.UTF_8);
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute(batch.substring(batch.indexOf("CREATE TABLE BATCH_JOB_INSTANCE"), batch.indexOf(';') + 1));
            s.execute("CREATE TABLE jx_run (run_id BIGINT PRIMARY KEY, started_at TIMESTAMP NOT NULL, status VARCHAR(20) NOT NULL)");
            s.execute("INSERT INTO jx_run VALUES (1, CURRENT_TIMESTAMP, 'COMPLETED')");
        }
    }

    private static List<String> tables(String url) {
        return new JdbcTemplate(new DriverManagerDataSource(url, "sa", "")).queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'", String.class);
    }
}
