package org.jixiao.batch.remote;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Watches the workers while the manager step waits for its partitions. Spring Batch's manager only
 * polls the repository until every partition is finished; it cannot tell a slow worker from none. So,
 * every few seconds, by the database's clock:
 * <ul>
 * <li>a worker whose heartbeat is older than the lease is lost: its connections are terminated, which
 * rolls back the transaction that holds its request (the request goes back to the queue for another
 * worker) and any chunk transaction that holds its partition's row; a process that froze rather than
 * died is fenced so: when it thaws, the step execution's version has moved on without it;</li>
 * <li>no worker alive while partitions wait: one line says so; after {@code giveUp} (if set) the waiting
 * partitions are marked FAILED, so the manager step ends FAILED and the night can be restarted.</li>
 * </ul>
 */
final class WorkerWatch implements StepExecutionListener {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final JdbcTemplate jdbc;
    private final JobRepository repository;
    private final Duration every;
    private final Duration lease;
    private final Duration giveUp;
    private ScheduledExecutorService ticks;
    private LocalDateTime noWorkerSince;

    WorkerWatch(DataSource dataSource, JobRepository repository, Duration every, Duration lease, Duration giveUp) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.repository = repository;
        this.every = every;
        this.lease = lease;
        this.giveUp = giveUp;
    }

    @Override
    public void beforeStep(StepExecution manager) {
        noWorkerSince = null;
        ticks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "worker-watch");
            t.setDaemon(true);
            return t;
        });
        long jobExecutionId = manager.getJobExecutionId();
        ticks.scheduleWithFixedDelay(() -> {
            try {
                tick(jobExecutionId);
            } catch (RuntimeException e) {
                Spike.say("WATCH-ERROR " + e);
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public ExitStatus afterStep(StepExecution manager) {
        ticks.shutdownNow();
        return null;
    }

    private void tick(long jobExecutionId) {
        fenceLostWorkers();
        List<String> alive = jdbc.queryForList("""
                SELECT worker FROM jx_worker
                 WHERE stopped_at IS NULL AND beat_at > now() - make_interval(secs => ?)""", String.class, lease.toSeconds());
        List<Long> waiting = jdbc.queryForList("""
                SELECT step_execution_id FROM batch_step_execution
                 WHERE job_execution_id = ? AND step_name LIKE ? AND status IN ('STARTING', 'STARTED')""", Long.class,
                jobExecutionId, Spike.WORKER_STEP + ":%");
        if (!alive.isEmpty() || waiting.isEmpty()) {
            if (noWorkerSince != null && !alive.isEmpty()) {
                Spike.say("WORKERS-BACK " + alive.size());
            }
            noWorkerSince = null;
            return;
        }
        LocalDateTime now = LocalDateTime.now();
        if (noWorkerSince == null) {
            noWorkerSince = now;
            Spike.say("NO-WORKER 没有在线的工作进程：" + waiting.size() + " 个分区在等待（自 " + LocalTime.now().format(CLOCK)
                    + " 起）/ no worker alive: " + waiting.size() + " partitions waiting");
        }
        if (!giveUp.isZero() && Duration.between(noWorkerSince, now).compareTo(giveUp) >= 0) {
            for (long id : waiting) {
                fail(id);
            }
            Spike.say("GIVE-UP " + waiting.size() + " partitions marked FAILED after " + giveUp.toSeconds() + " s without a worker");
        }
    }

    /** Workers whose heartbeat stopped: terminate their channel connection, so their request is polled again. */
    private void fenceLostWorkers() {
        List<String> lost = jdbc.queryForList("""
                SELECT worker FROM jx_worker
                 WHERE stopped_at IS NULL AND lost_at IS NULL AND beat_at <= now() - make_interval(secs => ?)""", String.class,
                lease.toSeconds());
        for (String worker : lost) {
            // all its connections: the channel's, whose transaction holds the request, and the
            // repository's, whose open chunk transaction holds the partition's row locked
            Integer terminated = jdbc.queryForObject("""
                    SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                                           WHERE application_name IN (?, ?)) t""",
                    Integer.class, "jixiao-worker " + worker, "jixiao-worker-channel " + worker);
            jdbc.update("UPDATE jx_worker SET lost_at = now() WHERE worker = ?", worker);
            Spike.say("LOST " + worker + " (heartbeat older than " + lease.toSeconds() + " s; " + terminated
                    + " connection(s) terminated, its request goes back to the queue)");
        }
    }

    private void fail(long stepExecutionId) {
        StepExecution partition = repository.getStepExecution(stepExecutionId);
        if (partition == null || !partition.getStatus().isRunning()) {
            return;
        }
        partition.setStatus(BatchStatus.FAILED);
        partition.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(), "no worker took this partition"));
        partition.setEndTime(LocalDateTime.now());
        repository.update(partition);
    }
}
