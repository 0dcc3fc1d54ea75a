package org.jixiao.store;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.filing.Departments;
import org.jixiao.roster.Roster;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The roster a night read (名单.xlsx or 名单.csv), and the order of departments it gives the night: the
 * departments it lists first, in its order (the first row of each), the others after them in
 * {@link Departments#NAMES}. Recorded by the consolidation step, so the later steps of a run — and a
 * run restarted after a kill, whatever happened to the file meanwhile — order departments alike.
 */
@Repository
public class RosterStore {

    /** The roster file of a night: where, its bytes' hash and size, and how many of its rows were usable. */
    public record RosterFile(String path, String sha256, long bytes, int entries) {
    }

    private final JdbcTemplate jdbc;
    /** The order of the last night asked for, by run id: every sort of a night asks, the answer never changes. */
    private volatile Map.Entry<Long, Comparator<String>> cached;

    public RosterStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the night's roster ({@code file} null without one) and its departments in its order, replacing a record made before. */
    public void record(long runId, RosterFile file, List<String> order) {
        jdbc.update("DELETE FROM jx_night_roster WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM jx_night_order WHERE run_id = ?", runId);
        if (file != null) {
            jdbc.update("INSERT INTO jx_night_roster (run_id, path, sha256, bytes, entries) VALUES (?, ?, ?, ?, ?)", runId, file.path(),
                    file.sha256(), file.bytes(), file.entries());
        }
        int[] position = {0};
        jdbc.batchUpdate("INSERT INTO jx_night_order (run_id, position_no, department) VALUES (?, ?, ?)", order, 1000, (ps, d) -> {
            ps.setLong(1, runId);
            ps.setInt(2, position[0]++);
            ps.setString(3, d);
        });
        cached = null;
    }

    /** The roster the night read, if it had one. */
    public Optional<RosterFile> of(long runId) {
        return jdbc.query("SELECT path, sha256, bytes, entries FROM jx_night_roster WHERE run_id = ?",
                (rs, n) -> new RosterFile(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4)), runId).stream().findFirst();
    }

    /** The roster's departments in its order (empty without a roster). */
    public List<String> order(long runId) {
        return jdbc.queryForList("SELECT department FROM jx_night_order WHERE run_id = ? ORDER BY position_no", String.class, runId);
    }

    /**
     * The night's order of departments (within a 地区): the roster's first, in its order (names compared as
     * the contract compares them, {@link Departments#key}), then the others in {@link Departments#NAMES}.
     * Without a roster, {@link Departments#NAMES}.
     */
    public Comparator<String> departments(long runId) {
        Map.Entry<Long, Comparator<String>> c = cached;
        if (c != null && c.getKey() == runId) {
            return c.getValue();
        }
        Comparator<String> order = Roster.order(order(runId), Departments.NAMES);
        cached = Map.entry(runId, order);
        return order;
    }

}
