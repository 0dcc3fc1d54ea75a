package org.jixiao.batch.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.store.PostgresTest;
import org.jixiao.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Spring Batch remote partitioning over PostgreSQL with no broker: a manager JVM and worker JVMs on
 * loopback, the requests in a JDBC channel message store, the manager polling the job repository.
 */
@PostgresTest
class RemotePartitioningTest {

    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aManagerAndTwoWorkersFinishTheNightAndBothWorkersTakePartitions(TestDatabase db) throws Exception {
        try (Cluster cluster = new Cluster(db, dir, "both-workers").set("partitions", 8).set("items", 4).set("rounds", 50_000)) {
            Cluster.Node one = cluster.worker();
            Cluster.Node two = cluster.worker();
            one.await("WORKER", START);
            two.await("WORKER", START);
            Cluster.Node manager = cluster.manager();

            assertThat(manager.exit(Duration.ofSeconds(120))).as(String.join("\n", manager.lines)).isZero();
            assertThat(manager.lines).contains("MANAGER COMPLETED COMPLETED");
            assertEveryFile(cluster.output(), 8, 4, 50_000);
            Map<String, Long> byWorker = partitionsByWorker(db);
            assertThat(byWorker.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(8);
            assertThat(byWorker).as("both workers took partitions").containsOnlyKeys(workerId(one), workerId(two));
        }
    }

    @Test
    void aWorkerKilledMidPartitionLeavesItToTheOtherWhichResumesItFromItsLastChunk(TestDatabase db) throws Exception {
        try (Cluster cluster = new Cluster(db, dir, "kill-9").set("partitions", 6).set("items", 20).set("rounds", 50_000)) {
            Cluster.Node victim = cluster.worker();
            Cluster.Node survivor = cluster.worker();
            victim.await("WORKER", START);
            survivor.await("WORKER", START);
            Cluster.Node manager = cluster.manager();
            String taken = victim.await("TAKE", START);
            String partition = partitionOf(taken);
            victim.await(l -> l.startsWith("ITEM " + partition + " 4"), START, "item 4 of its partition");
            victim.signal("KILL");
            long killed = System.nanoTime();

            String resumed = survivor.await(l -> l.startsWith("RESUME " + stepExecutionOf(taken)), START, "resuming the killed partition");
            long resumedAfterMs = (System.nanoTime() - killed) / 1_000_000;
            assertThat(manager.exit(Duration.ofSeconds(120))).as(String.join("\n", manager.lines)).isZero();
            assertEveryFile(cluster.output(), 6, 20, 50_000);
            assertThat(survivor.lines).contains("DONE " + resumed.substring("RESUME ".length()) + " COMPLETED");
            assertThat(partitionsByWorker(db)).as("the victim completed no partition").containsOnlyKeys(workerId(survivor));
            // the survivor went on from the victim's last committed chunk: it did not write item 0 again
            assertThat(survivor.lines).doesNotContain("ITEM " + partition + " 0");
            System.out.println("kill -9: partition resumed by the other worker " + resumedAfterMs + " ms after the kill");
        }
    }

    @Test
    void withNoWorkerTheManagerSaysSoInOneLineAndGivesUpWhenToldAndTheNightRestarts(TestDatabase db) throws Exception {
        try (Cluster cluster = new Cluster(db, dir, "no-worker").set("partitions", 4).set("items", 2).set("rounds", 1000)
                .set("giveUp", 15)) {
            long start = System.nanoTime();
            Cluster.Node manager = cluster.manager();
            String line = manager.await("NO-WORKER", Duration.ofSeconds(60));
            long saidAfterMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(line).contains("没有在线的工作进程：4 个分区在等待", "no worker alive: 4 partitions waiting");
            assertThat(manager.linesStarting("NO-WORKER")).hasSize(1);
            assertThat(manager.exit(Duration.ofSeconds(60))).isEqualTo(1);
            assertThat(manager.lines).contains("MANAGER FAILED FAILED");

            Cluster.Node worker = cluster.worker();
            worker.await("WORKER", START);
            Cluster.Node restart = cluster.manager();
            assertThat(restart.exit(Duration.ofSeconds(120))).as(String.join("\n", restart.lines)).isZero();
            assertEveryFile(cluster.output(), 4, 2, 1000);
            // the given-up requests were still queued: the worker took them off and ran nothing
            assertThat(worker.linesStarting("SKIP")).hasSize(4).allMatch(l -> l.contains(" FAILED "));
            assertThat(worker.linesStarting("TAKE")).hasSize(4);
            System.out.println("no worker: the manager said so " + saidAfterMs + " ms after it was started");
        }
    }

    @Test
    void onSigtermAWorkerFinishesThePartitionInHandTakesNoOtherAndStops(TestDatabase db) throws Exception {
        try (Cluster cluster = new Cluster(db, dir, "sigterm-finish").set("partitions", 4).set("items", 20).set("rounds", 50_000)) {
            Cluster.Node stopping = cluster.worker();
            Cluster.Node other = cluster.worker();
            stopping.await("WORKER", START);
            other.await("WORKER", START);
            Cluster.Node manager = cluster.manager();
            String taken = stopping.await("TAKE", START);
            stopping.await(l -> l.startsWith("ITEM " + partitionOf(taken) + " 2"), START, "item 2 of its partition");
            int before = stopping.lines.size();
            stopping.signal("TERM");

            assertThat(stopping.exit(Duration.ofSeconds(60))).isEqualTo(143);
            assertThat(stopping.lines).contains("DONE " + stepExecutionOf(taken) + " " + stepNameOf(taken) + " COMPLETED")
                    .doesNotContain("HANDBACK " + workerId(stopping) + ": partition handed back at a chunk boundary");
            assertThat(stopping.lines.subList(before, stopping.lines.size())).as("nothing taken after SIGTERM")
                    .noneMatch(l -> l.startsWith("TAKE") || l.startsWith("RESUME"));
            assertThat(stopping.lines.indexOf("DONE " + stepExecutionOf(taken) + " " + stepNameOf(taken) + " COMPLETED"))
                    .isLessThan(stopping.lines.indexOf("STOPPED " + workerId(stopping)));
            assertThat(manager.exit(Duration.ofSeconds(120))).isZero();
            assertEveryFile(cluster.output(), 4, 20, 50_000);
            assertThat(new JdbcTemplate(db.dataSource()).queryForObject("SELECT count(*) FROM jx_worker WHERE stopped_at IS NOT NULL",
                    Integer.class)).isEqualTo(1);
        }
    }

    @Test
    void onSigtermPastItsGraceAWorkerHandsThePartitionBackAtAChunkBoundary(TestDatabase db) throws Exception {
        try (Cluster cluster = new Cluster(db, dir, "sigterm-handback").set("partitions", 4).set("items", 20).set("rounds", 50_000)
                .set("graceSeconds", 0)) {
            Cluster.Node stopping = cluster.worker();
            Cluster.Node other = cluster.worker();
            stopping.await("WORKER", START);
            other.await("WORKER", START);
            Cluster.Node manager = cluster.manager();
            String taken = stopping.await("TAKE", START);
            stopping.await(l -> l.startsWith("ITEM " + partitionOf(taken) + " 2"), START, "item 2 of its partition");
            int before = stopping.lines.size();
            stopping.signal("TERM");

            assertThat(stopping.exit(Duration.ofSeconds(30))).isZero();
            assertThat(stopping.lines).anyMatch(l -> l.startsWith("HANDBACK"));
            other.await(l -> l.startsWith("RESUME " + stepExecutionOf(taken)), START, "resuming the handed-back partition");
            assertThat(manager.exit(Duration.ofSeconds(120))).isZero();
            assertEveryFile(cluster.output(), 4, 20, 50_000);
            assertThat(partitionsByWorker(db).get(workerId(stopping))).as("the stopping worker completed no partition").isNull();
        }
    }

    @Test
    void aWorkerThatFreezesIsFencedByItsHeartbeatAndItsPartitionGoesToAnother(TestDatabase db) throws Exception {
        try (Cluster cluster = new Cluster(db, dir, "frozen").set("partitions", 4).set("items", 30).set("rounds", 50_000)
                .set("lease", 6).set("beatEvery", 1)) {
            Cluster.Node frozen = cluster.worker();
            Cluster.Node other = cluster.worker();
            frozen.await("WORKER", START);
            other.await("WORKER", START);
            Cluster.Node manager = cluster.manager();
            String taken = frozen.await("TAKE", START);
            frozen.await(l -> l.startsWith("ITEM " + partitionOf(taken) + " 2"), START, "item 2 of its partition");
            frozen.signal("STOP");

            manager.await("LOST " + workerId(frozen), Duration.ofSeconds(60));
            other.await(l -> l.startsWith("RESUME " + stepExecutionOf(taken)), START, "resuming the frozen worker's partition");
            assertThat(manager.exit(Duration.ofSeconds(120))).isZero();
            frozen.signal("CONT");
            Thread.sleep(3000);
            assertEveryFile(cluster.output(), 4, 30, 50_000);
            assertThat(partitionsByWorker(db)).as("the thawed worker changed nothing in the repository").containsOnlyKeys(workerId(other));
            System.out.println("frozen worker: " + manager.await("LOST", START));
        }
    }

    /** "TAKE 8 renderPart:p6" → "6". */
    static String partitionOf(String take) {
        return take.substring(take.lastIndexOf(":p") + 2);
    }

    static String stepExecutionOf(String take) {
        return take.split(" ")[1];
    }

    static String stepNameOf(String take) {
        return take.split(" ")[2];
    }

    static void assertEveryFile(Path output, int partitions, int items, int rounds) throws Exception {
        for (int p = 0; p < partitions; p++) {
            for (int i = 0; i < items; i++) {
                Path file = ToyWriter.fileOf(output, p, i);
                assertThat(file).as("written").exists();
                assertThat(Files.readString(file)).isEqualTo(Spike.work(p, i, rounds));
            }
        }
        try (var files = Files.walk(output)) {
            assertThat(files.filter(Files::isRegularFile).count()).as("no other file, no leftover part").isEqualTo((long) partitions * items);
        }
    }

    /** How many partitions each process ran to completion, as the partitions' contexts name it. */
    static Map<String, Long> partitionsByWorker(TestDatabase db) {
        JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT s.status, c.short_context FROM batch_step_execution s
                  JOIN batch_step_execution_context c ON c.step_execution_id = s.step_execution_id
                 WHERE s.step_name LIKE ?""", Spike.WORKER_STEP + ":%");
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (Map<String, Object> row : rows) {
            assertThat(row.get("status")).isEqualTo("COMPLETED");
            counts.merge(workerIn((String) row.get("short_context")), 1L, Long::sum);
        }
        return counts;
    }

    private static String workerIn(String context) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[a-zA-Z0-9.-]+:\\d+").matcher(decoded(context));
        Set<String> found = new HashSet<>();
        while (m.find()) {
            found.add(m.group());
        }
        return String.join(",", found);
    }

    private static String decoded(String context) {
        try {
            return new String(java.util.Base64.getDecoder().decode(context), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IllegalArgumentException e) {
            return context;
        }
    }

    static String workerId(Cluster.Node worker) throws InterruptedException {
        return worker.await("WORKER", START).substring("WORKER ".length());
    }
}
