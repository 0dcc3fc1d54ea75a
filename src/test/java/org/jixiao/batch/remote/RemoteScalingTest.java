package org.jixiao.batch.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.store.PostgresTest;
import org.jixiao.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Measurements, not checks of behaviour: run with JIXIAO_BENCH=1 (they take minutes and load both
 * cores). The bars: the manager's cost at most 50 ms a partition; two one-thread workers at least 1.6×
 * the throughput of one on a CPU-bound partition.
 */
@PostgresTest
@EnabledIfEnvironmentVariable(named = "JIXIAO_BENCH", matches = "1")
class RemoteScalingTest {

    private static final Pattern COST = Pattern.compile("COST partitions=(\\d+) wallMs=(\\d+) jvmCpuMs=(\\d+) dbCpuMs=(-?\\d+)");

    @TempDir
    Path dir;

    /** What one poll of the manager costs: Spring Batch reloads the job execution with every step execution and its context. */
    @Test
    void aPollOfTheRepositoryCostsInProportionToTheStepExecutionsOfTheJob(TestDatabase db) throws Exception {
        new Cluster(db, dir, "poll-cost").close();
        JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
        factory.setDataSource(db.dataSource());
        factory.setTransactionManager(new JdbcTransactionManager(db.dataSource()));
        factory.afterPropertiesSet();
        JobRepository repository = factory.getObject();
        for (int n : new int[] {10, 100, 1000}) {
            var parameters = new JobParametersBuilder().addLong("n", (long) n).toJobParameters();
            JobInstance instance = repository.createJobInstance("pollCost", parameters);
            JobExecution job = repository.createJobExecution(instance, parameters, new ExecutionContext());
            for (int p = 0; p < n; p++) {
                StepExecution partition = repository.createStepExecution(Spike.WORKER_STEP + ":p" + p, job);
                partition.getExecutionContext().putInt("partition", p);
                partition.getExecutionContext().putString(Spike.WORKER_KEY, "host.example:12345");
                repository.updateExecutionContext(partition);
            }
            for (int i = 0; i < 5; i++) {
                repository.getJobExecution(job.getId());
            }
            JobRepository statusOnly = StatusOnlyPolling.around(repository, db.dataSource());
            System.out.printf("BENCH poll: %d partitions: Spring Batch's poll %.1f ms, status-only poll %.2f ms%n", n,
                    msPerPoll(repository, job.getId(), n), msPerPoll(statusOnly, job.getId(), n));
        }
    }

    private static double msPerPoll(JobRepository repository, long jobExecutionId, int n) {
        for (int i = 0; i < 5; i++) {
            repository.getJobExecution(jobExecutionId);
        }
        int polls = Math.max(5, 2000 / n);
        long start = System.nanoTime();
        for (int i = 0; i < polls; i++) {
            assertThat(repository.getJobExecution(jobExecutionId).getStepExecutions()).hasSize(n);
        }
        return (System.nanoTime() - start) / 1e6 / polls;
    }

    @Test
    void twoWorkersAgainstOneOnACpuBoundPartitionAndTheManagersCost(TestDatabase db) throws Exception {
        // about 1.5 s of CPU a partition on this machine: long against the dispatch, short against the night
        int partitions = 16;
        int items = 10;
        int rounds = 1_500_000;
        List<Double> one = new ArrayList<>();
        List<Double> two = new ArrayList<>();
        List<Double> oneFree = new ArrayList<>();
        List<Double> twoFree = new ArrayList<>();
        List<String> report = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (int workers : new int[] {1, 2}) {
                Run run = run(db, "scaling-" + workers + "-" + round, 10 * round + workers, workers, partitions, items, rounds);
                (workers == 1 ? one : two).add(run.partitionsPerSecond());
                (workers == 1 ? oneFree : twoFree).add(run.partitionsPerSecondOnFreeCores());
                report.add(run.toString());
            }
        }
        Run many = run(db, "many-partitions", 100, 2, 200, 1, 1000);
        report.add(many.toString());
        report.forEach(System.out::println);
        double speedup = median(two) / median(one);
        double onFreeCores = median(twoFree) / median(oneFree);
        System.out.printf("BENCH 2 workers / 1 worker = %.2f× by the clock (median of %d runs each, machine shared), %.2f× on two free"
                + " cores (from the workers' CPU time)%n", speedup, one.size(), onFreeCores);
        assertThat(many.managerMsPerPartition()).as("manager cost per partition, ms").isLessThanOrEqualTo(50);
        assertThat(onFreeCores).as("2 workers against 1, on two free cores").isGreaterThanOrEqualTo(1.6);
    }

    private Run run(TestDatabase db, String name, long runId, int workers, int partitions, int items, int rounds) throws Exception {
        Path out = Files.createDirectories(dir.resolve(name));
        try (Cluster cluster = new Cluster(db, out, name, runId == 1)) {
            cluster.set("partitions", partitions).set("items", items).set("rounds", rounds).set("runId", runId)
                    .set("output", out.resolve("out"));
            List<Cluster.Node> nodes = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                nodes.add(cluster.worker());
            }
            for (Cluster.Node node : nodes) {
                node.await("WORKER", Duration.ofSeconds(90));
            }
            // workers are long-lived: a small night first, so the measured one finds them warm
            cluster.set("runId", runId + 1000).set("partitions", 2 * workers).set("items", 2);
            assertThat(cluster.manager().exit(Duration.ofMinutes(5))).isZero();
            cluster.set("runId", runId).set("partitions", partitions).set("items", items);
            long[] cpuBefore = nodes.stream().mapToLong(RemoteScalingTest::cpuMillis).toArray();
            long[] doneBefore = nodes.stream().mapToLong(n -> n.linesStarting("DONE").size()).toArray();
            Cluster.Node manager = cluster.manager();
            assertThat(manager.exit(Duration.ofMinutes(5))).as(String.join("\n", manager.lines)).isZero();
            List<String> split = new ArrayList<>();
            long totalCpu = 0;
            long maxCpu = 0;
            for (int w = 0; w < nodes.size(); w++) {
                long cpu = cpuMillis(nodes.get(w)) - cpuBefore[w];
                totalCpu += cpu;
                maxCpu = Math.max(maxCpu, cpu);
                split.add((nodes.get(w).linesStarting("DONE").size() - doneBefore[w]) + " partitions/" + cpu + " ms CPU");
            }
            Matcher m = COST.matcher(manager.await("COST", Duration.ofSeconds(1)));
            assertThat(m.matches()).isTrue();
            JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
            Map<String, Object> waits = jdbc.queryForMap("""
                    SELECT avg(extract(epoch FROM s.start_time - s.create_time)) * 1000 AS mean_wait_ms,
                           min(extract(epoch FROM s.start_time - s.create_time)) * 1000 AS first_wait_ms
                      FROM batch_step_execution s JOIN batch_job_execution j ON j.job_execution_id = s.job_execution_id
                      JOIN batch_job_execution_params p ON p.job_execution_id = j.job_execution_id
                     WHERE s.step_name LIKE 'renderPart:%' AND p.parameter_name = 'run.id' AND p.parameter_value = ?""",
                    String.valueOf(runId));
            return new Run(name, workers, Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                    Long.parseLong(m.group(4)), ((Number) waits.get("first_wait_ms")).doubleValue(), loadAverage(),
                    String.join(", ", split), totalCpu / (double) maxCpu, maxCpu);
        }
    }

    /** A process's CPU time so far, from /proc (the workers run on this host). */
    private static long cpuMillis(Cluster.Node node) {
        try {
            String[] stat = Files.readString(Path.of("/proc", String.valueOf(node.pid()), "stat")).split("\\) ", 2)[1].split(" ");
            return (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) * 10;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String loadAverage() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * One night. The machine is shared, so the clock says little; the workers' CPU time does not depend
     * on what else runs: {@code cpuSpeedup} is theirs over the busiest worker's (how evenly the work was
     * split).
     */
    record Run(String name, int workers, int partitions, long wallMs, long jvmCpuMs, long dbCpuMs, double firstWaitMs, String load,
            String split, double cpuSpeedup, long busiestWorkerCpuMs) {
        double partitionsPerSecond() {
            return partitions * 1000.0 / wallMs;
        }

        /**
         * Were each worker alone on a core: the night would last as long as its busiest worker's CPU time
         * plus the wait for the first request (the workers never wait between requests when the queue
         * holds more).
         */
        double partitionsPerSecondOnFreeCores() {
            return partitions * 1000.0 / (busiestWorkerCpuMs + firstWaitMs);
        }

        double managerMsPerPartition() {
            return (jvmCpuMs + Math.max(0, dbCpuMs)) / (double) partitions;
        }

        @Override
        public String toString() {
            return String.format("BENCH %s: %d worker(s), %d partitions in %d ms = %.2f partitions/s; manager %d ms JVM + %d ms database CPU"
                    + " = %.1f ms a partition; first request taken %.0f ms after it was created; workers: %s;"
                    + " on free cores %.2f partitions/s; load %s",
                    name, workers, partitions, wallMs, partitionsPerSecond(), jvmCpuMs, dbCpuMs, managerMsPerPartition(), firstWaitMs,
                    split, partitionsPerSecondOnFreeCores(), load);
        }
    }
}
