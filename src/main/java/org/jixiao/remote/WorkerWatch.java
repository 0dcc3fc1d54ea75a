package org.jixiao.remote;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Watches the workers while a manager step waits for its partitions. Spring Batch's manager only polls
 * the repository until every partition has finished; it cannot tell a slow worker from none. So, every
 * {@code every}, by the database's clock: workers whose heartbeat is older than their lease are fenced
 * (their partitions go back to the queue, see {@link Workers#fenceLost()}); with partitions waiting and
 * no worker alive, one line says so; and after {@code wait} without any, the waiting partitions are
 * given up (FAILED): the night stops with exit 1, and the same command resumes it once workers run.
 */
final class WorkerWatch implements AutoCloseable {

    /** How often the watch looks unless told otherwise ({@code --jixiao.workers.watch}). */
    static final Duration EVERY = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(WorkerWatch.class);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final JdbcTemplate jdbc;
    private final JobRepository repository;
    private final Workers workers;
    private final Duration wait;
    private final Consumer<String> say;
    private final long jobExecutionId;
    private final String partitions;
    private final ScheduledExecutorService ticks;
    private LocalDateTime noWorkerSince;
    private volatile boolean gaveUp;

    /**
     * @param workerStep the partitions' step, whose executions are named {@code workerStep:…}
     * @param wait how long partitions may wait with no worker alive; zero waits for ever
     * @param say where the operator reads what the watch has to say
     */
    WorkerWatch(DataSource dataSource, JobRepository repository, Workers workers, Duration wait, Duration every, Consumer<String> say,
            StepExecution manager, String workerStep) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.repository = repository;
        this.workers = workers;
        this.wait = wait;
        this.say = say;
        this.jobExecutionId = manager.getJobExecutionId();
        this.partitions = workerStep + ":%";
        this.ticks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jixiao-worker-watch");
            t.setDaemon(true);
            return t;
        });
        ticks.scheduleWithFixedDelay(() -> {
            try {
                tick();
            } catch (RuntimeException e) {
                log.warn("worker watch: {}", e.toString());
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the watch gave the waiting partitions up for want of workers. */
    boolean gaveUp() {
        return gaveUp;
    }

    private void tick() {
        for (String lost : workers.fenceLost()) {
            say.accept("  工作进程 " + lost + " 失联（心跳超时），它手上的分区交给其他工作进程 / worker lost: "
                    + "its partition goes back to the queue");
        }
        List<Long> waiting = jdbc.queryForList("""
                SELECT step_execution_id FROM batch_step_execution
                 WHERE job_execution_id = ? AND step_name LIKE ? AND status IN ('STARTING', 'STARTED')""", Long.class,
                jobExecutionId, partitions);
        if (waiting.isEmpty() || !workers.alive().isEmpty()) {
            if (noWorkerSince != null && !waiting.isEmpty()) {
                say.accept("  工作进程已恢复，继续处理 / workers back");
            }
            noWorkerSince = null;
            return;
        }
        LocalDateTime now = LocalDateTime.now();
        if (noWorkerSince == null) {
            noWorkerSince = now;
            say.accept("  没有在线的工作进程：" + waiting.size() + " 个分区在等待（自 " + LocalTime.now().format(CLOCK) + " 起）；请启动 jixiao worker"
                    + (wait.isZero() ? "，本次运行一直等待" : "，最多等待" + span(wait)) + " / no worker alive: " + waiting.size()
                    + " partitions waiting; start workers");
        }
        if (!wait.isZero() && Duration.between(noWorkerSince, now).compareTo(wait) >= 0) {
            gaveUp = true;
            for (long id : waiting) {
                giveUp(id);
            }
        }
    }

    private void giveUp(long stepExecutionId) {
        StepExecution partition = repository.getStepExecution(stepExecutionId);
        if (partition == null || !partition.getStatus().isRunning()) {
            return;
        }
        partition.setStatus(BatchStatus.FAILED);
        partition.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(), "no worker took this partition"));
        partition.setEndTime(LocalDateTime.now());
        repository.update(partition);
    }

    /** {@code 30 分钟}, {@code 12 秒}. */
    static String span(Duration d) {
        return d.toSeconds() >= 120 ? " " + d.toMinutes() + " 分钟" : " " + d.toSeconds() + " 秒";
    }

    @Override
    public void close() {
        ticks.shutdownNow();
    }
}
