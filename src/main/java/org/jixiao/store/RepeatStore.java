package org.jixiao.store;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A night made from exactly what the night before it was made from (the same files, roster, settings,
 * templates, printing and run date: its {@code night_digest}) publishes what that night published. It
 * takes that night's records as its own instead of working them out again: the projects it published
 * and their verdicts, its own findings (E07 and the consolidation's), its roster and order, its
 * 报送情况 and 自评 against targets, the files it published (kept, not written) and those it held
 * back. What the scan records (the files, the findings about files not read) is the night's own.
 */
@Repository
public class RepeatStore {

    /** The findings of a night the scan records itself: about the files it did not read. */
    private static final String SCAN_RULE = "F08";
    /** A night's own findings but the scan's. */
    private static final String NIGHT_OWN = "night_run_id = ? AND NOT (night_part IS NULL AND rule_id = '" + SCAN_RULE + "')";
    /** The tables {@link #repeat} copies a night's records of, its findings aside. */
    private static final String[] COPIED = {"jx_night_project", "jx_night_roster", "jx_night_order", "jx_night_status",
        "jx_night_agreement", "jx_output", "jx_held_output"};

    private final JdbcTemplate jdbc;

    public RepeatStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Notes what a night is made from; null for a night no later one may repeat. */
    public void recordDigest(long runId, String digest) {
        jdbc.update("UPDATE jx_run SET night_digest = ? WHERE run_id = ?", digest, runId);
    }

    /**
     * The run just before this one on the same output folder, if it completed, resolved its night on the same
     * input folder and was made from {@code digest}: the night this one repeats. Any run between them (killed,
     * failed, abandoned) may have changed the folder, so only the very last one counts.
     */
    public Optional<Long> repeated(long runId, String digest) {
        return jdbc.query("""
                SELECT r.run_id, r.status, r.night_digest, r.input_dir, me.input_dir AS my_input, r.import_finished_at
                FROM jx_run r JOIN jx_run me ON me.run_id = ? AND me.output_dir = r.output_dir
                WHERE r.run_id < me.run_id ORDER BY r.run_id DESC FETCH FIRST 1 ROWS ONLY""", rs -> {
            if (!rs.next()) {
                return Optional.<Long>empty();
            }
            boolean same = "COMPLETED".equals(rs.getString("status")) && digest.equals(rs.getString("night_digest"))
                    && rs.getString("input_dir").equals(rs.getString("my_input")) && rs.getTimestamp("import_finished_at") != null;
            return same ? Optional.of(rs.getLong("run_id")) : Optional.<Long>empty();
        }, runId).filter(this::readAsScanned);
    }

    /** Whether every file a night read was the bytes its scan hashed (see {@link FileStore#changedWhileRead}). */
    private boolean readAsScanned(long runId) {
        Integer changed = jdbc.queryForObject("SELECT COUNT(*) FROM jx_file WHERE run_id = ? AND sha256 LIKE ?", Integer.class, runId,
                FileStore.CHANGED_WHILE_READ + "%");
        return changed == null || changed == 0;
    }

    /**
     * Takes the records of night {@code from} as night {@code to}'s, in the caller's transaction; what
     * {@code to} had of them is replaced (a repeat run again after a crash copies again). Then notes
     * that {@code to}'s import is finished: a later night finds its files there.
     */
    public void repeat(long from, long to) {
        forgetCopies(to);
        jdbc.update("INSERT INTO jx_night_project (run_id, path, project_id, status) SELECT ?, path, project_id, status "
                + "FROM jx_night_project WHERE run_id = ?", to, from);
        jdbc.update("INSERT INTO jx_night_roster (run_id, path, sha256, bytes, entries) SELECT ?, path, sha256, bytes, entries "
                + "FROM jx_night_roster WHERE run_id = ?", to, from);
        jdbc.update("INSERT INTO jx_night_order (run_id, position_no, department) SELECT ?, position_no, department "
                + "FROM jx_night_order WHERE run_id = ?", to, from);
        jdbc.update("""
                INSERT INTO jx_night_status (run_id, seq, budget_year, kind, region, department, state, due, deadline, received,
                  first_received, last_changed, accepted, refused, errors, late)
                SELECT ?, seq, budget_year, kind, region, department, state, due, deadline, received, first_received, last_changed,
                  accepted, refused, errors, late FROM jx_night_status WHERE run_id = ?""", to, from);
        jdbc.update("""
                INSERT INTO jx_night_agreement (run_id, seq, budget_year, region, department, projects, with_targets, agreeing,
                  w14, w15, w16, i09, i10)
                SELECT ?, seq, budget_year, region, department, projects, with_targets, agreeing, w14, w15, w16, i09, i10
                FROM jx_night_agreement WHERE run_id = ?""", to, from);
        // every file as that night left it, kept: this night writes none
        jdbc.update("""
                INSERT INTO jx_output (run_id, path, kind, budget_year, region, department, pages, bytes, sha256, fingerprint, modified,
                  written_by, worker, made)
                SELECT ?, path, kind, budget_year, region, department, pages, bytes, sha256, fingerprint, modified, written_by, worker,
                  FALSE FROM jx_output WHERE run_id = ?""", to, from);
        jdbc.update("""
                INSERT INTO jx_held_output (run_id, path, kind, budget_year, region, department, reason)
                SELECT ?, path, kind, budget_year, region, department, reason FROM jx_held_output WHERE run_id = ?""", to, from);
        jdbc.update("""
                INSERT INTO jx_finding (run_id, night_run_id, night_part, file_id, project_key, rule_id, severity, file, sheet, row_no,
                  col, department, project, message, rows_rejected)
                SELECT ?, ?, night_part, file_id, project_key, rule_id, severity, file, sheet, row_no, col, department, project, message,
                  rows_rejected FROM jx_finding""" + " WHERE " + NIGHT_OWN + " ORDER BY finding_id", to, to, from);
        jdbc.update("UPDATE jx_run SET import_finished_at = ? WHERE run_id = ?", java.sql.Timestamp.valueOf(java.time.LocalDateTime.now()), to);
    }

    /**
     * Forgets what {@link #repeat} copied into night {@code to}, and that its import is finished: a repeating
     * night resumed when it no longer repeats (its roster changed while it was stopped) works its night out, and
     * a file it copied the record of and does not publish again must be removed as stale, not listed as its own.
     */
    public void forget(long to) {
        forgetCopies(to);
        jdbc.update("UPDATE jx_run SET import_finished_at = NULL WHERE run_id = ?", to);
    }

    private void forgetCopies(long to) {
        for (String table : COPIED) {
            jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", to);
        }
        jdbc.update("DELETE FROM jx_finding WHERE " + NIGHT_OWN, to);
    }
}
