package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jixiao.store.PostgresTest;
import org.jixiao.store.StoreSchema;
import org.jixiao.store.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * {@code --workers=remote}: nights whose render goes to two worker JVMs ({@code jixiao worker}) through
 * the store's PostgreSQL publish, byte for byte, what the embedded night publishes — also when the
 * manager is killed mid-render and run again, and when a worker is killed in the middle of a partition.
 * A worker sent SIGTERM in a partition finishes it; with no worker alive the night says so in one line
 * and stops when its wait is over. One pair of workers serves every night of the class (JVM starts are
 * what these tests cost); each is armed, by the test-only halt hook, to die in one named night only.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemoteWorkersTest {

    /** Generated so: six departments (each files targets under one name, 自评 under another), a partition each. */
    private static final int GENERATED = 3;
    private static final Duration START = Duration.ofMinutes(5);
    /** Workers beat every second, so one is lost 6 s after its last beat; the manager looks every second. */
    private static final String[] QUICK = {"--jixiao.workers.watch=1"};

    Path dir;
    TestDatabase db;
    Path input;
    int referenceCode;
    Map<String, String> reference;
    /** Killed (kill -9, as it were) in its first chunk of the night published to {@code killed}. */
    JixiaoProcess victim;
    /** Sent SIGTERM in its first chunk of the night published to {@code drained}. */
    JixiaoProcess drained;

    @BeforeAll
    void workersAndTheEmbeddedNight(TestDatabase db, @TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir) throws Exception {
        this.db = db;
        this.dir = dir;
        input = Files.createDirectories(dir.resolve("input"));
        GeneratedInput.write(input, GENERATED);
        // a worker needs the store at its version: a first night, or this
        StoreSchema.migrate(db.dataSource());
        victim = worker("victim", "jixiao.test.halt=render:inchunk1", "jixiao.test.halt.output=killed");
        drained = worker("drained", "jixiao.test.halt=render:inchunk1:term", "jixiao.test.halt.output=drained");

        Path embedded = dir.resolve("embedded");
        referenceCode = RunOutputs.run(input, embedded);
        reference = RunOutputs.publication(embedded);
        assertThat(reference).hasSizeGreaterThan(8 * GENERATED);
        victim.awaitSaying("已就绪", START);
        drained.awaitSaying("已就绪", START);
    }

    @AfterAll
    void stopWorkers() throws Exception {
        for (JixiaoProcess worker : new JixiaoProcess[] {victim, drained}) {
            if (worker != null) {
                worker.close();
            }
        }
    }

    @Test
    @Order(1)
    void aManagerAndTwoWorkersPublishWhatTheEmbeddedNightPublishes() throws Exception {
        Path output = dir.resolve("both");
        RunOutputs.Said night = RunOutputs.runSaying(input, output, manager());
        assertThat(night.code()).as(night.out() + night.err()).isEqualTo(referenceCode);
        assertThat(RunOutputs.publication(output)).isEqualTo(reference);
        assertThat(departmentWriters(output)).as("every department's outputs written by a worker, both workers at work")
                .containsExactlyInAnyOrder(victim.worker(), drained.worker());
    }

    /** The manager JVM killed once a worker has finished a partition of its render, the others in hand or waiting. */
    @Test
    @Order(2)
    void aManagerKilledMidRenderIsResumedByTheSameCommand() throws Exception {
        Path output = dir.resolve("manager-killed");
        List<String> args = new ArrayList<>(List.of("--input=" + input, "--output=" + output, "--run-date=" + RunOutputs.RUN_DATE));
        args.addAll(List.of(manager()));
        long before = lastJobExecution();
        try (JixiaoProcess manager = JixiaoProcess.start(dir, "manager", List.of(), args.toArray(String[]::new))) {
            Map<String, Integer> statuses = Map.of();
            long deadline = System.nanoTime() + START.toNanos();
            while (statuses.getOrDefault("COMPLETED", 0) == 0) {
                assertThat(manager.isAlive()).as(manager.said()).isTrue();
                assertThat(System.nanoTime()).as("no partition finished in time").isLessThan(deadline);
                Thread.sleep(50);
                statuses = renderPartitions(before);
            }
            manager.kill();
            assertThat(statuses.getOrDefault("COMPLETED", 0)).as("killed mid-render: %s", statuses)
                    .isLessThan(statuses.values().stream().mapToInt(Integer::intValue).sum());
        }

        RunOutputs.Said again = RunOutputs.runSaying(input, output, manager());
        assertThat(again.code()).as(again.out() + again.err()).isEqualTo(referenceCode);
        assertThat(again.out()).contains("继续上次中断的运行");
        assertThat(RunOutputs.publication(output)).isEqualTo(reference);
    }

    @Test
    @Order(3)
    void aWorkerKilledInTheMiddleOfAPartitionLosesNothing() throws Exception {
        Path output = dir.resolve("killed");
        RunOutputs.Said night = RunOutputs.runSaying(input, output, manager());
        assertThat(victim.awaitExit(Duration.ofSeconds(30))).as("halted as kill -9 would").isEqualTo(137);
        assertThat(night.code()).as(night.out() + night.err()).isEqualTo(referenceCode);
        assertThat(RunOutputs.publication(output)).isEqualTo(reference);
        assertThat(departmentWriters(output)).containsExactly(drained.worker());
        assertThat(drained.said()).as("the killed worker's partition resumed by the other").contains("接着处理分区");
    }

    /**
     * The last worker is sent SIGTERM inside its first partition: it finishes that partition, takes no
     * other and exits; the night, left with no worker, says so in one line within its watch and lease,
     * and stops once its wait (6 s here) is over, saying how to go on.
     */
    @Test
    @Order(4)
    void withNoWorkerAliveTheNightSaysSoAndStopsAfterItsWait() throws Exception {
        Path output = dir.resolve("drained");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        CompletableFuture<Integer> night;
        long exited;
        long said;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            List<String> args = new ArrayList<>(List.of("--input=" + input, "--output=" + output, "--run-date=" + RunOutputs.RUN_DATE,
                    "--jixiao.workers.wait=0.1"));
            args.addAll(List.of(manager()));
            night = CompletableFuture.supplyAsync(() -> Cli.run(args.toArray(String[]::new)));
            assertThat(drained.awaitExit(START)).as("ended by SIGTERM").isEqualTo(143);
            exited = System.nanoTime();
            while (!out.toString(StandardCharsets.UTF_8).contains("没有在线的工作进程")) {
                assertThat(night.isDone()).as(out.toString(StandardCharsets.UTF_8)).isFalse();
                Thread.sleep(50);
            }
            said = System.nanoTime();
            night.get(2, TimeUnit.MINUTES);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        String text = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertThat(night.get()).as(text).isEqualTo(ExitCode.FAILED.code());
        assertThat(Duration.ofNanos(said - exited)).as("said within a minute").isLessThan(Duration.ofMinutes(1));
        assertThat(text.lines().filter(l -> l.contains("没有在线的工作进程"))).hasSize(1);
        assertThat(text).contains("没有工作进程：分区等待了 6 秒仍无人处理", "再运行同一命令即从中断处继续");
        assertThat(drained.said()).contains("先完成手头的分区", "已停止").doesNotContain("交回队列");
        JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
        assertThat(jdbc.queryForObject("SELECT stopped_at IS NOT NULL FROM jx_worker WHERE worker = ?", Boolean.class, drained.worker()))
                .isTrue();
        Map<String, Integer> partitions = renderPartitions(lastJobExecution() - 1);
        assertThat(partitions).as("the partition in hand finished, the others given up").containsEntry("COMPLETED", 1)
                .containsOnlyKeys("COMPLETED", "FAILED");
    }

    private JixiaoProcess worker(String name, String... properties) throws Exception {
        return JixiaoProcess.start(dir, name, List.of(properties), "worker", "--store=" + db.url(), "--jixiao.worker.beat=1");
    }

    private String[] manager() {
        List<String> args = new ArrayList<>(List.of("--store=" + db.url(), "--workers=remote"));
        args.addAll(List.of(QUICK));
        return args.toArray(String[]::new);
    }

    /** The processes manifest.json names as the writers of the departments' own outputs (not the 汇总 a manager writes). */
    private static Set<String> departmentWriters(Path output) throws Exception {
        Set<String> departments = new HashSet<>();
        for (JsonNode o : RunOutputs.manifest(output).path("outputs")) {
            if (!o.path("department").isNull() && !o.path("department").isMissingNode()) {
                departments.add(o.path("path").asString());
            }
        }
        Set<String> writers = new HashSet<>();
        for (JsonNode w : RunOutputs.manifest(output).path("run").path("writers")) {
            if (departments.contains(w.path("path").asString())) {
                writers.add(w.path("worker").asString());
            }
        }
        return writers;
    }

    private long lastJobExecution() {
        Long id = new JdbcTemplate(db.dataSource()).queryForObject("SELECT MAX(job_execution_id) FROM batch_job_execution", Long.class);
        return id == null ? 0 : id;
    }

    /** The render partitions of the job executions after {@code after}, counted by status. */
    private Map<String, Integer> renderPartitions(long after) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        new JdbcTemplate(db.dataSource()).query("""
                SELECT status, COUNT(*) FROM batch_step_execution WHERE job_execution_id > ? AND step_name LIKE 'renderDepartments:%'
                 GROUP BY status""", row -> {
            counts.put(row.getString(1), row.getInt(2));
        }, after);
        return counts;
    }
}
