package org.jixiao.remote;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The workers of a store as jx_worker records them, every time by the database's clock (the hosts'
 * clocks never matter): each worker process ({@code host:pid}) beats while it runs and notes when it
 * stopped of its own accord; a manager counts the live ones, and fences those whose beat is older than
 * the lease.
 */
public final class Workers {

    /** How often a worker beats. */
    public static final Duration BEAT = Duration.ofSeconds(5);
    /** A worker whose last beat is older than this is lost: six beats missed. */
    public static final Duration LEASE = Duration.ofSeconds(30);

    private final JdbcTemplate jdbc;

    Workers(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** A worker starts (again, with a reused pid: the same row, its earlier ends forgotten). */
    void started(String worker) {
        if (jdbc.update("UPDATE jx_worker SET started_at = now(), beat_at = now(), stopped_at = NULL, lost_at = NULL WHERE worker = ?",
                worker) == 0) {
            jdbc.update("INSERT INTO jx_worker (worker, started_at, beat_at) VALUES (?, now(), now())", worker);
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
                   AND beat_at > now() - make_interval(secs => ?) ORDER BY worker""", String.class, LEASE.toSeconds());
    }

    /**
     * Fences the workers whose beat is older than the lease: ends every database session of theirs — the
     * request queue's, whose open transaction holds the request they took (rolled back, it is in the
     * queue again), and the store's, whose open chunk transaction holds their partition's row. A worker
     * that only froze finds, when it thaws, that its partition's version has moved on without it.
     *
     * @return the workers fenced now
     */
    List<String> fenceLost() {
        List<String> lost = jdbc.queryForList("""
                SELECT worker FROM jx_worker WHERE stopped_at IS NULL AND lost_at IS NULL
                   AND beat_at <= now() - make_interval(secs => ?)""", String.class, LEASE.toSeconds());
        for (String worker : lost) {
            jdbc.queryForList("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name IN (?, ?)", Boolean.class,
                    "jixiao-worker " + worker, "jixiao-worker-requests " + worker);
            jdbc.update("UPDATE jx_worker SET lost_at = now() WHERE worker = ?", worker);
        }
        return lost;
    }
}
