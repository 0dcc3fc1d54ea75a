package org.jixiao.remote;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The workers of a store as jx_worker records them, every time by the database's clock (the hosts'
 * clocks never matter): each worker process ({@code host:pid}) beats while it runs and notes when it
 * stopped of its own accord; a manager counts the live ones, and fences those whose beat is older than
 * their lease.
 */
public final class Workers {

    /** How often a worker beats unless told otherwise ({@code --jixiao.worker.beat}). */
    public static final Duration BEAT = Duration.ofSeconds(5);
    /** A worker whose last beat is older than this many of its beats is lost. */
    static final int LEASE_BEATS = 6;

    private final JdbcTemplate jdbc;

    Workers(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * A worker starts (again, with a reused pid: the same row, its earlier ends forgotten), promising to
     * beat every {@code beat}: it is lost once six of them are missed. The lease is the worker's own, so a
     * manager never fences a worker for beating as slowly as it was told to.
     */
    void started(String worker, Duration beat) {
        double lease = beat.toMillis() * LEASE_BEATS / 1000.0;
        if (jdbc.update("""
                UPDATE jx_worker SET started_at = now(), beat_at = now(), stopped_at = NULL, lost_at = NULL, lease_seconds = ?
                 WHERE worker = ?""", lease, worker) == 0) {
            jdbc.update("INSERT INTO jx_worker (worker, started_at, beat_at, lease_seconds) VALUES (?, now(), now(), ?)", worker, lease);
        }
    }

    /** A worker is alive; false when a manager has fenced it meanwhile (it must stop: its sessions were ended). */
    boolean beat(String worker) {
        return jdbc.update("UPDATE jx_worker SET beat_at = now() WHERE worker = ? AND lost_at IS NULL", worker) == 1;
    }

    void stopped(String worker) {
        jdbc.update("UPDATE jx_worker SET stopped_at = now() WHERE worker = ?", worker);
    }

    /** The workers alive now: beating within the lease, not stopped, not fenced. */
    public List<String> alive() {
        return jdbc.queryForList("""
                SELECT worker FROM jx_worker WHERE stopped_at IS NULL AND lost_at IS NULL
                   AND beat_at > now() - make_interval(secs => lease_seconds) ORDER BY worker""", String.class);
    }

    /**
     * Fences the workers whose beat is older than their lease: ends every database session of theirs — the
     * request queue's, whose open transaction holds the request they took (rolled back, it is in the
     * queue again), and the store's, whose open chunk transaction holds their partition's row. A worker
     * that only froze finds, when it thaws, that its partition's version has moved on without it.
     *
     * @return the workers fenced now
     */
    List<String> fenceLost() {
        List<String> lost = jdbc.queryForList("""
                SELECT worker FROM jx_worker WHERE stopped_at IS NULL AND lost_at IS NULL
                   AND beat_at <= now() - make_interval(secs => lease_seconds)""", String.class);
        for (String worker : lost) {
            jdbc.queryForList("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name IN (?, ?)", Boolean.class,
                    "jixiao-worker " + worker, "jixiao-worker-requests " + worker);
            jdbc.update("UPDATE jx_worker SET lost_at = now() WHERE worker = ?", worker);
        }
        return lost;
    }
}
