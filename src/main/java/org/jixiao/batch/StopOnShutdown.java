package org.jixiao.batch;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;

/**
 * A night sent SIGTERM (a scheduler stopping it, the host shutting down) stops as Spring Batch means
 * a job to be stopped: the JVM's shutdown hook closes the Spring context, and this, stopping first,
 * asks the job operator to stop the running night and waits until it has: each chunk step ends at its
 * next chunk boundary, STOPPED, everything before committed, and the same command resumes it. Without
 * this, closing the context interrupted the partition threads, and an interrupted chunk step of Spring
 * Batch 6.0.4 ends COMPLETED with its items unread (see {@link Partitioned#STOP_WHEN_INTERRUPTED}) —
 * a night that resumed would skip them. (Spring Batch 6's own JobExecutionShutdownHook asks the same
 * but does not wait, so the context's close can overtake it.) A step that does not reach a boundary
 * within {@link #GRACE} is left to the context's close; the store keeps what was committed, as after a kill.
 * A step that publishes stops sooner, at its first output after the signal ({@link Shutdown}).
 *
 * <p>The command line holds the context open ({@link #hold()}) until the night's outcome is recorded
 * and reported: Spring Batch records a job's end after its listeners have heard of it, and the report
 * reads the store.
 */
public final class StopOnShutdown implements JobExecutionListener, SmartLifecycle {

    static final Duration GRACE = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(StopOnShutdown.class);

    private final ObjectProvider<JobOperator> operator;
    private JobExecution running;
    private int holders;
    private volatile boolean started;

    StopOnShutdown(ObjectProvider<JobOperator> operator) {
        this.operator = operator;
        Shutdown.watch();
    }

    @Override
    public synchronized void beforeJob(JobExecution execution) {
        running = execution;
    }

    @Override
    public synchronized void afterJob(JobExecution execution) {
        running = null;
    }

    /** Keeps the context from closing under a night and its report; close when they are done. */
    public synchronized AutoCloseable hold() {
        holders++;
        return () -> {
            synchronized (this) {
                holders--;
                notifyAll();
            }
        };
    }

    @Override
    public void start() {
        started = true;
    }

    @Override
    public synchronized void stop() {
        started = false;
        JobExecution night = running;
        if (night == null && holders == 0) {
            return;
        }
        if (night != null) {
            stopInOrder(night);
        }
        long deadline = System.nanoTime() + GRACE.toNanos();
        try {
            while (holders > 0 && System.nanoTime() < deadline) {
                wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stopInOrder(JobExecution night) {
        log.warn("收到停止信号：在下一个提交点停止本次运行，再次运行同一命令即从中断处继续 / stopping the night at its next commit");
        try {
            operator.getObject().stop(night);
        } catch (Exception e) {
            log.warn("the night could not be stopped in order: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    /** Stops before everything else: the steps still need the store, the threads and the templates. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
