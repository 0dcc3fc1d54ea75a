package org.jixiao.batch.remote;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A worker's sign of life in the store, by the database's clock (so hosts' clocks do not matter): one
 * row per process, "host:pid", beaten every few seconds, marked stopped when it stops cleanly.
 */
final class WorkerHeartbeat implements SmartLifecycle {

    private final JdbcTemplate jdbc;
    private final String worker = Spike.processId();
    private final long everySeconds;
    private ScheduledExecutorService beats;
    private volatile boolean running;

    WorkerHeartbeat(DataSource dataSource, long everySeconds) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.everySeconds = everySeconds;
    }

    String worker() {
        return worker;
    }

    @Override
    public void start() {
        jdbc.update("""
                INSERT INTO jx_worker (worker, started_at, beat_at) VALUES (?, now(), now())
                ON CONFLICT (worker) DO UPDATE SET started_at = now(), beat_at = now(), stopped_at = NULL, lost_at = NULL""", worker);
        beats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "worker-heartbeat");
            t.setDaemon(true);
            return t;
        });
        beats.scheduleWithFixedDelay(this::beat, everySeconds, everySeconds, TimeUnit.SECONDS);
        running = true;
        Spike.say("WORKER " + worker);
    }

    private void beat() {
        try {
            jdbc.update("UPDATE jx_worker SET beat_at = now() WHERE worker = ?", worker);
        } catch (RuntimeException e) {
            Spike.say("BEAT-ERROR " + e);
        }
    }

    /** Records that this worker stopped of its own accord; safe to call twice. */
    synchronized void stopped() {
        if (beats != null) {
            beats.shutdownNow();
            jdbc.update("UPDATE jx_worker SET stopped_at = now() WHERE worker = ?", worker);
            beats = null;
        }
    }

    @Override
    public void stop() {
        stopped();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the polling endpoints, stops after the drain. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
