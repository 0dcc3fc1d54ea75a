package org.jixiao.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Watches a night's render step from the job repository and takes what the processes have spent when it
 * starts and when it ends: the workers' CPU, this JVM's (the manager's) and its database sessions'. A
 * tenth of a second late at most, against steps of minutes.
 */
final class RenderWatch extends Thread {

    private final JdbcTemplate jdbc;
    private final long after;
    private final WorkerProcesses workers;
    private final long night = Thread.currentThread().getId();
    private long nightAtStart;
    private volatile Duration managerThread = Duration.ZERO;
    private Duration workersAtStart;
    private Duration jvmAtStart;
    private long ownAtStart;
    private Map<Integer, Duration> dbAtStart;
    private volatile Duration workerCpu = Duration.ZERO;
    private volatile Duration managerJvm = Duration.ZERO;
    private volatile Duration managerDb = Duration.ZERO;

    /** Made by the thread that runs the night. @param after the last job execution before the night's */
    RenderWatch(JdbcTemplate jdbc, long after, WorkerProcesses workers) {
        super("jixiao-bench-render-watch");
        setDaemon(true);
        this.jdbc = jdbc;
        this.after = after;
        this.workers = workers;
    }

    @Override
    public void run() {
        try {
            while (!isInterrupted()) {
                List<Boolean> ended = jdbc.queryForList("""
                        SELECT end_time IS NOT NULL FROM batch_step_execution WHERE job_execution_id > ? AND step_name = 'render'
                         ORDER BY step_execution_id DESC LIMIT 1""", Boolean.class, after);
                if (!ended.isEmpty() && jvmAtStart == null) {
                    workersAtStart = workers.cpu();
                    jvmAtStart = RemoteBench.jvmCpu();
                    ownAtStart = own();
                    nightAtStart = threads().getThreadCpuTime(night);
                    dbAtStart = RemoteBench.managerSessions(jdbc);
                }
                if (!ended.isEmpty() && ended.get(0)) {
                    workerCpu = workers.cpu().minus(workersAtStart);
                    // this watch runs in the manager's JVM: its own queries are not the manager's cost
                    managerJvm = RemoteBench.jvmCpu().minus(jvmAtStart).minusNanos(own() - ownAtStart);
                    managerThread = Duration.ofNanos(threads().getThreadCpuTime(night) - nightAtStart);
                    Duration db = Duration.ZERO;
                    for (Map.Entry<Integer, Duration> e : RemoteBench.managerSessions(jdbc).entrySet()) {
                        db = db.plus(e.getValue().minus(dbAtStart.getOrDefault(e.getKey(), Duration.ZERO)));
                    }
                    managerDb = db;
                    return;
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            // the night is over
        }
    }

    private static long own() {
        return threads().getCurrentThreadCpuTime();
    }

    private static java.lang.management.ThreadMXBean threads() {
        return java.lang.management.ManagementFactory.getThreadMXBean();
    }

    /** The CPU of the thread that runs the night (made by it): the render step's split, sends, polls and sums. */
    Duration managerThread() {
        return managerThread;
    }

    Duration workerCpu() {
        return workerCpu;
    }

    Duration managerJvm() {
        return managerJvm;
    }

    Duration managerDb() {
        return managerDb;
    }
}
