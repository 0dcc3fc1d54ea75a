package org.jixiao.store;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Runs, what each did with each input file, and the outputs it wrote. */
@Repository
public class RunStore {

    /** An input file as one run saw it: imported tonight, or skipped because it was unchanged. */
    public record RunFile(String path, String action, String note, InputFile file) {
    }

    /** An output file of a run. */
    public record Output(String path, String kind, Integer year, String region, String department, Integer pages, long bytes,
            String sha256) {
    }

    /** A run with what it did, for the history command. */
    public record RunSummary(Run run, int filesImported, int filesSkipped, long rowsRead, long rowsImported, long rowsRejected,
            int errors, int problems, int hints, int outputs) {
    }

    /** A run as listed by the history command. */
    /** @param owner the process that started it ({@link RunOwner}), null for runs of earlier versions */
    public record Run(long id, LocalDateTime started, LocalDateTime finished, LocalDate runDate, String input, String output,
            String status, String owner) {
    }

    private static final org.springframework.jdbc.core.RowMapper<Run> RUN = (rs, n) -> new Run(rs.getLong("run_id"),
            rs.getTimestamp("started_at").toLocalDateTime(),
            rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toLocalDateTime(),
            rs.getDate("run_date").toLocalDate(), rs.getString("input_dir"), rs.getString("output_dir"), rs.getString("status"),
            rs.getString("owner"));

    private final JdbcTemplate jdbc;

    public RunStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long nextRunId() {
        Long max = jdbc.queryForObject("SELECT MAX(run_id) FROM jx_run", Long.class);
        return max == null ? 1 : max + 1;
    }

    /**
     * Records a new run. An insert, not a merge: of two runs sharing a store that started together and
     * took the same next id, the second fails here ({@code DuplicateKeyException}) instead of taking over
     * the first one's record.
     */
    public void start(long runId, LocalDate runDate, String input, String output) {
        jdbc.update("""
                INSERT INTO jx_run (run_id, started_at, run_date, input_dir, output_dir, status, owner)
                VALUES (?, ?, ?, ?, ?, 'STARTED', ?)""", runId, Timestamp.valueOf(LocalDateTime.now()), runDate, input, output,
                RunOwner.thisProcess());
    }

    public Optional<Run> run(long runId) {
        return jdbc.query("SELECT * FROM jx_run WHERE run_id = ?", RUN, runId).stream().findFirst();
    }

    /** Notes that this process now runs the run (a resumed run is taken over from a process that is gone). */
    public void takeOver(long runId) {
        jdbc.update("UPDATE jx_run SET owner = ? WHERE run_id = ?", RunOwner.thisProcess(), runId);
    }

    /** Notes that the run's process is alive now, by the database's clock (shared by every host using the store). */
    public void beat(long runId) {
        jdbc.update("MERGE INTO jx_heartbeat (run_id, beat_at) KEY (run_id) VALUES (?, CURRENT_TIMESTAMP)", runId);
    }

    /** Seconds since the run's process last said it was alive, by the database's clock; null if it never did. */
    public Long secondsSinceBeat(long runId) {
        List<Long> seconds = jdbc.queryForList("SELECT DATEDIFF('SECOND', beat_at, CURRENT_TIMESTAMP) FROM jx_heartbeat WHERE run_id = ?",
                Long.class, runId);
        return seconds.isEmpty() ? null : seconds.get(0);
    }

    /** Notes, in the transaction that made its versions current, that the run's import is finished. */
    public void importFinished(long runId) {
        jdbc.update("UPDATE jx_run SET import_finished_at = ? WHERE run_id = ?", Timestamp.valueOf(LocalDateTime.now()), runId);
    }

    /** Whether the run's import was finished, as far as this store knows (runs of earlier versions never say). */
    public boolean isImportFinished(long runId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT import_finished_at IS NOT NULL FROM jx_run WHERE run_id = ?",
                Boolean.class, runId));
    }

    public void finish(long runId, String status) {
        jdbc.update("UPDATE jx_run SET status = ?, finished_at = ? WHERE run_id = ?", status,
                Timestamp.valueOf(LocalDateTime.now()), runId);
    }

    public void recordFile(long runId, String path, String action, String note, long fileId) {
        jdbc.update("MERGE INTO jx_run_file (run_id, file_id, path, action, note) KEY (run_id, path) VALUES (?, ?, ?, ?, ?)",
                runId, fileId, path, action, note);
    }

    /** How many projects the files of a run brought, imported or rejected. */
    public long projectsOf(long runId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM jx_project WHERE run_id = ?", Long.class, runId);
        return n == null ? 0 : n;
    }

    public List<RunFile> files(long runId) {
        return jdbc.query("""
                SELECT rf.path AS rf_path, rf.action, rf.note, f.* FROM jx_run_file rf JOIN jx_file f ON f.file_id = rf.file_id
                WHERE rf.run_id = ? ORDER BY rf.path""", (rs, n) -> new RunFile(rs.getString("rf_path"), rs.getString("action"),
                rs.getString("note"), new InputFile(rs.getLong("file_id"), rs.getLong("run_id"), rs.getString("path"),
                        rs.getString("sha256"), rs.getLong("bytes"), rs.getInt("rows_read"), rs.getInt("rows_imported"),
                        rs.getInt("rows_rejected"))), runId);
    }

    public void recordOutput(long runId, Output o) {
        jdbc.update("""
                MERGE INTO jx_output (run_id, path, kind, budget_year, region, department, pages, bytes, sha256) KEY (run_id, path)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", runId, o.path(), o.kind(), o.year(), o.region(), o.department(), o.pages(),
                o.bytes(), o.sha256());
    }

    public List<Output> outputs(long runId) {
        return jdbc.query("SELECT * FROM jx_output WHERE run_id = ? ORDER BY path", (rs, n) -> new Output(rs.getString("path"),
                rs.getString("kind"), (Integer) rs.getObject("budget_year"), rs.getString("region"), rs.getString("department"),
                (Integer) rs.getObject("pages"), rs.getLong("bytes"), rs.getString("sha256")), runId);
    }

    /** Notes a file no longer in the input folder, withdrawn by this run (a path this run also saw keeps its own record). */
    public void recordWithdrawn(long runId, InputFile file, String note) {
        jdbc.update("""
                INSERT INTO jx_run_file (run_id, file_id, path, action, note)
                SELECT ?, ?, ?, 'WITHDRAWN', ? WHERE NOT EXISTS (SELECT 1 FROM jx_run_file WHERE run_id = ? AND path = ?)""",
                runId, file.id(), file.path(), note, runId, file.path());
    }

    /**
     * Paths that earlier runs published in this run's output folder and this run did not: since the last
     * run there that completed (which removed what was stale before it), killed and failed runs included.
     */
    public List<String> staleOutputs(long runId) {
        return jdbc.queryForList("""
                SELECT DISTINCT o.path FROM jx_output o JOIN jx_run r ON r.run_id = o.run_id
                JOIN jx_run me ON me.run_id = ? AND me.output_dir = r.output_dir
                WHERE o.run_id < me.run_id
                  AND o.run_id >= COALESCE((SELECT MAX(c.run_id) FROM jx_run c WHERE c.output_dir = me.output_dir
                                            AND c.run_id < me.run_id AND c.status = 'COMPLETED'), 0)
                  AND NOT EXISTS (SELECT 1 FROM jx_output n WHERE n.run_id = me.run_id AND n.path = o.path)
                ORDER BY o.path""", String.class, runId);
    }

    public void recordRemoved(long runId, String path) {
        jdbc.update("MERGE INTO jx_removed_output (run_id, path) KEY (run_id, path) VALUES (?, ?)", runId, path);
    }

    /** Stale outputs this run removed. */
    public List<String> removed(long runId) {
        return jdbc.queryForList("SELECT path FROM jx_removed_output WHERE run_id = ? ORDER BY path", String.class, runId);
    }

    /** The latest run that did not complete (killed, failed or stopped), if it is the latest run at all. */
    public Optional<Run> unfinished() {
        return jdbc.query("SELECT * FROM jx_run ORDER BY run_id DESC LIMIT 1", RUN).stream()
                .filter(r -> !r.status().equals("COMPLETED") && !r.status().equals("ABANDONED")).findFirst();
    }

    public List<RunSummary> history() {
        return jdbc.query("""
                SELECT r.*,
                  (SELECT COUNT(*) FROM jx_run_file rf WHERE rf.run_id = r.run_id AND rf.action = 'IMPORTED') AS imported,
                  (SELECT COUNT(*) FROM jx_run_file rf WHERE rf.run_id = r.run_id AND rf.action = 'SKIPPED') AS skipped,
                  (SELECT COALESCE(SUM(f.rows_read), 0) FROM jx_file f WHERE f.run_id = r.run_id) AS rows_read,
                  (SELECT COALESCE(SUM(f.rows_imported), 0) FROM jx_file f WHERE f.run_id = r.run_id) AS rows_imported,
                  (SELECT COALESCE(SUM(f.rows_rejected), 0) FROM jx_file f WHERE f.run_id = r.run_id) AS rows_rejected,
                  (SELECT COUNT(*) FROM jx_finding x WHERE x.run_id = r.run_id AND x.severity = '错误') AS errors,
                  (SELECT COUNT(*) FROM jx_finding x WHERE x.run_id = r.run_id AND x.severity = '问题') AS problems,
                  (SELECT COUNT(*) FROM jx_finding x WHERE x.run_id = r.run_id AND x.severity = '提示') AS hints,
                  (SELECT COUNT(*) FROM jx_output o WHERE o.run_id = r.run_id) AS outputs
                FROM jx_run r ORDER BY r.run_id""", (rs, n) -> new RunSummary(RUN.mapRow(rs, n), rs.getInt("imported"),
                rs.getInt("skipped"), rs.getLong("rows_read"), rs.getLong("rows_imported"), rs.getLong("rows_rejected"),
                rs.getInt("errors"), rs.getInt("problems"), rs.getInt("hints"), rs.getInt("outputs")));
    }

    public List<Run> runs() {
        return jdbc.query("SELECT * FROM jx_run ORDER BY run_id", RUN);
    }
}
