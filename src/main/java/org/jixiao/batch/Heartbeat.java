package org.jixiao.batch;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jixiao.store.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running run's sign of life in the store, renewed every {@link #EVERY} from a thread of its own
 * while the run goes on. Runs of other hosts sharing the store take a run whose last beat is younger
 * than {@link #LEASE} as still going. A beat that fails (the store busy a moment) is tried again at
 * the next one; the run itself never waits for it.
 */
final class Heartbeat implements AutoCloseable {

    static final Duration EVERY = Duration.ofSeconds(30);
    /** Four beats missed: the process is gone (or cut off from the store). */
    static final Duration LEASE = Duration.ofMinutes(2);

    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);

    private final ScheduledExecutorService timer;

    private Heartbeat(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Beats now, then every {@link #EVERY} until closed. */
    static Heartbeat start(RunStore runs, long runId) {
        return start(runs, runId, EVERY);
    }

    static Heartbeat start(RunStore runs, long runId, Duration every) {
        runs.beat(runId);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "jixiao-heartbeat");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                runs.beat(runId);
            } catch (RuntimeException e) {
                log.warn("heartbeat of run {} not written: {}", runId, e.toString());
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return new Heartbeat(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
