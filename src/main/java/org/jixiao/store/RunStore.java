package org.jixiao.store;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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

    /** A run as listed by the history command. */
    public record Run(long id, LocalDateTime started, LocalDateTime finished, LocalDate runDate, String input, String output,
            String status) {
    }

    private final JdbcTemplate jdbc;

    public RunStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long nextRunId() {
        Long max = jdbc.queryForObject("SELECT MAX(run_id) FROM jx_run", Long.class);
        return max == null ? 1 : max + 1;
    }

    public void start(long runId, LocalDate runDate, String input, String output) {
        jdbc.update("""
                MERGE INTO jx_run (run_id, started_at, run_date, input_dir, output_dir, status) KEY (run_id)
                VALUES (?, ?, ?, ?, ?, 'STARTED')""", runId, Timestamp.valueOf(LocalDateTime.now()), runDate, input, output);
    }

    public void finish(long runId, String status) {
        jdbc.update("UPDATE jx_run SET status = ?, finished_at = ? WHERE run_id = ?", status,
                Timestamp.valueOf(LocalDateTime.now()), runId);
    }

    public void recordFile(long runId, String path, String action, String note, long fileId) {
        jdbc.update("MERGE INTO jx_run_file (run_id, file_id, path, action, note) KEY (run_id, path) VALUES (?, ?, ?, ?, ?)",
                runId, fileId, path, action, note);
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

    public List<Run> runs() {
        return jdbc.query("SELECT * FROM jx_run ORDER BY run_id", (rs, n) -> new Run(rs.getLong("run_id"),
                rs.getTimestamp("started_at").toLocalDateTime(),
                rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toLocalDateTime(),
                rs.getDate("run_date").toLocalDate(), rs.getString("input_dir"), rs.getString("output_dir"), rs.getString("status")));
    }
}
