package org.jixiao.store;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Runs, the input folder each found, the night's figures, and the outputs each published or kept. */
@Repository
public class RunStore {

    /** What a night did with a path of its input folder (see schema.sql, jx_run_file). */
    public enum Action {
        IMPORTED, UNCHANGED, REUSED, WITHDRAWN,
        /** Not read: hidden, a lock file, not a filing, a link leaving the folder… (file_id 0, the reason in note). */
        IGNORED
    }

    /** A file or folder of the input folder the night did not read, and why. */
    public record Ignored(String path, String reason) {
    }

    /**
     * A path of a night's input folder and the content it held (or, withdrawn, had the night before);
     * {@code file} carries the content's own row counts, before the night's verdicts.
     */
    public record RunFile(String path, Action action, String note, InputFile file) {
    }

    /**
     * An output file of a run: what it is, where, its pages and bytes, what it was made from
     * ({@code fingerprint}), when it was last written ({@code modified}, ms), by which run and process.
     */
    public record Output(String path, String kind, Integer year, String region, String department, Integer pages, long bytes,
            String sha256, String fingerprint, Long modified, long writtenBy, String worker, boolean made) {

        /** The same file as a later night keeps it, not made again. */
        public Output kept() {
            return new Output(path, kind, year, region, department, pages, bytes, sha256, fingerprint, modified, writtenBy, worker,
                    false);
        }
    }

    /** An output not published on purpose, and why. */
    public record Held(String path, String kind, Integer year, String region, String department, String reason) {
    }

    /** A night's figures, kept with the run for the history command. */
    public record Figures(int filesCurrent, int filesImported, int filesWithdrawn, int filesRefused, int projectsRefused,
            int errors, int problems, int hints, int errorsNew, int departmentsRendered, int departmentsKept) {
    }

    /**
     * A run as listed by the history command; {@code status} is its job's ({@code STARTED} while it
     * runs or after it was killed) or {@code ABANDONED}; {@code owner} is the process that started it
     * ({@link RunOwner}); {@code figures} null until its manifest was written.
     */
    public record Run(long id, LocalDateTime started, LocalDateTime finished, LocalDate runDate, String input, String output,
            BatchStatus status, String owner, Figures figures) {
    }

    private static final RowMapper<Run> RUN = (rs, n) -> new Run(rs.getLong("run_id"),
            rs.getTimestamp("started_at").toLocalDateTime(),
            rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toLocalDateTime(),
            rs.getDate("run_date").toLocalDate(), rs.getString("input_dir"), rs.getString("output_dir"), BatchStatus.valueOf(rs.getString("status")),
            rs.getString("owner"), rs.getObject("files_current") == null ? null : new Figures(rs.getInt("files_current"),
                    rs.getInt("files_imported"), rs.getInt("files_withdrawn"), rs.getInt("files_refused"),
                    rs.getInt("projects_refused"), rs.getInt("errors"), rs.getInt("problems"), rs.getInt("hints"),
                    rs.getInt("errors_new"), rs.getInt("departments_rendered"), rs.getInt("departments_kept")));

    private static final RowMapper<Output> OUTPUT = (rs, n) -> new Output(rs.getString("path"), rs.getString("kind"),
            (Integer) rs.getObject("budget_year"), rs.getString("region"), rs.getString("department"),
            (Integer) rs.getObject("pages"), rs.getLong("bytes"), rs.getString("sha256"), rs.getString("fingerprint"),
            rs.getObject("modified") == null ? null : rs.getLong("modified"), rs.getLong("written_by"), rs.getString("worker"),
            rs.getBoolean("made"));

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
                VALUES (?, ?, ?, ?, ?, ?, ?)""", runId, Timestamp.valueOf(LocalDateTime.now()), runDate, input, output,
                BatchStatus.STARTED.name(), RunOwner.thisProcess());
    }

    /**
     * Makes the runs of the one other output folder this store holds runs of {@code output}: for jixiao's own
     * store, which lives in its output folder and moves or is copied with it, so that the folder's files are
     * known under its new path (kept when unchanged, removed when no longer published). Only when every run
     * names that one other folder; returns the folder it was, or null when nothing changed.
     */
    public String adoptOutputFolder(String output) {
        List<String> folders = jdbc.queryForList("SELECT DISTINCT output_dir FROM jx_run", String.class);
        if (folders.size() != 1 || folders.get(0).equals(output)) {
            return null;
        }
        jdbc.update("UPDATE jx_run SET output_dir = ? WHERE output_dir = ?", output, folders.get(0));
        return folders.get(0);
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
        if (jdbc.update("UPDATE jx_heartbeat SET beat_at = CURRENT_TIMESTAMP WHERE run_id = ?", runId) == 0) {
            jdbc.update("INSERT INTO jx_heartbeat (run_id, beat_at) VALUES (?, CURRENT_TIMESTAMP)", runId);
        }
    }

    /** Seconds since the run's process last said it was alive, by the database's clock; null if it never did. */
    public Long secondsSinceBeat(long runId) {
        List<Long> seconds = jdbc.query("SELECT beat_at, CURRENT_TIMESTAMP AS now FROM jx_heartbeat WHERE run_id = ?",
                (rs, n) -> Duration.between(rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class)).toSeconds(),
                runId);
        return seconds.isEmpty() ? null : seconds.get(0);
    }

    /** Notes, in the transaction that completed its contents and resolved its night, that the run's import is finished. */
    public void importFinished(long runId) {
        jdbc.update("UPDATE jx_run SET import_finished_at = ? WHERE run_id = ?", Timestamp.valueOf(LocalDateTime.now()), runId);
    }

    /** Whether the run's import was finished, as far as this store knows. */
    public boolean isImportFinished(long runId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT import_finished_at IS NOT NULL FROM jx_run WHERE run_id = ?",
                Boolean.class, runId));
    }

    public void finish(long runId, BatchStatus status) {
        jdbc.update("UPDATE jx_run SET status = ?, finished_at = ? WHERE run_id = ?", status.name(),
                Timestamp.valueOf(LocalDateTime.now()), runId);
    }

    /** Keeps a night's figures with its run. */
    public void recordFigures(long runId, Figures f) {
        jdbc.update("""
                UPDATE jx_run SET files_current = ?, files_imported = ?, files_withdrawn = ?, files_refused = ?, projects_refused = ?,
                  errors = ?, problems = ?, hints = ?, errors_new = ?, departments_rendered = ?, departments_kept = ?
                WHERE run_id = ?""", f.filesCurrent(), f.filesImported(), f.filesWithdrawn(), f.filesRefused(), f.projectsRefused(),
                f.errors(), f.problems(), f.hints(), f.errorsNew(), f.departmentsRendered(), f.departmentsKept(), runId);
    }

    /** Forgets what a scan recorded (a scan repeated after a crash records it again, in the same transaction). */
    public void clearFiles(long runId) {
        jdbc.update("DELETE FROM jx_run_file WHERE run_id = ?", runId);
    }

    /** A line of a night's record of its input folder ({@link #recordFiles}). */
    public record FileLine(String path, Action action, String note, long fileId) {
    }

    /** Records what a night found in its input folder, all lines in one batch. */
    public void recordFiles(long runId, List<FileLine> lines) {
        jdbc.batchUpdate("INSERT INTO jx_run_file (run_id, path, file_id, action, note) VALUES (?, ?, ?, ?, ?)", lines, 1000,
                (ps, l) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, l.path());
                    ps.setLong(3, l.fileId());
                    ps.setString(4, l.action().name());
                    ps.setString(5, l.note());
                });
    }

    /** The files and folders of a night's input folder it did not read, in path order. */
    public List<Ignored> ignored(long runId) {
        return jdbc.query("SELECT path, note FROM jx_run_file WHERE run_id = ? AND action = 'IGNORED' ORDER BY path",
                (rs, n) -> new Ignored(rs.getString(1), rs.getString(2)), runId);
    }

    /** The paths of a night's input folder with their contents, and the files it found withdrawn, in path order. */
    public List<RunFile> files(long runId) {
        return jdbc.query("""
                SELECT rf.path AS rf_path, rf.action, rf.note, f.* FROM jx_run_file rf JOIN jx_file f ON f.file_id = rf.file_id
                WHERE rf.run_id = ? ORDER BY rf.path""", (rs, n) -> new RunFile(rs.getString("rf_path"),
                Action.valueOf(rs.getString("action")), rs.getString("note"), new InputFile(rs.getLong("file_id"), rs.getLong("run_id"),
                        rs.getString("path"), rs.getString("sha256"), rs.getLong("bytes"), rs.getInt("rows_read"),
                        rs.getInt("rows_imported"), rs.getInt("rows_rejected"))), runId);
    }

    /**
     * The last run before this one on the same input folder that resolved its night (its import
     * finished): what the input folder held the night before.
     */
    public Optional<Long> previousNight(long runId) {
        return jdbc.queryForList("""
                SELECT MAX(r.run_id) FROM jx_run r JOIN jx_run me ON me.run_id = ? AND me.input_dir = r.input_dir
                WHERE r.run_id < me.run_id AND r.import_finished_at IS NOT NULL""", Long.class, runId).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /** Records an output of a run: written tonight, or kept from an earlier night. Recording it again replaces it. */
    public void recordOutput(long runId, Output o) {
        recordOutputs(runId, List.of(o));
    }

    /** Records outputs of a run together (a department's files kept, say): two statements for all of them. */
    public void recordOutputs(long runId, List<Output> outputs) {
        jdbc.batchUpdate("DELETE FROM jx_output WHERE run_id = ? AND path = ?", outputs.stream()
                .map(o -> new Object[] {runId, o.path()}).toList());
        jdbc.batchUpdate("""
                INSERT INTO jx_output (run_id, path, kind, budget_year, region, department, pages, bytes, sha256, fingerprint, modified,
                  written_by, worker, made) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", outputs.stream()
                .map(o -> new Object[] {runId, o.path(), o.kind(), o.year(), o.region(), o.department(), o.pages(), o.bytes(), o.sha256(),
                    o.fingerprint(), o.modified(), o.writtenBy(), o.worker(), o.made()})
                .toList());
    }

    /** How many files a run published (written or kept), its own parts not counted. */
    public long publishedCount(long runId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM jx_output WHERE run_id = ? AND kind <> 'part'", Long.class, runId);
    }

    /** The outputs of a run, in path order. */
    public List<Output> outputs(long runId) {
        return jdbc.query("SELECT * FROM jx_output WHERE run_id = ? ORDER BY path", OUTPUT, runId);
    }

    /**
     * The latest record of every file that runs before this one published in its output folder (killed
     * runs included: what they recorded they wrote): what may be kept tonight if its fingerprint holds.
     * Only the runs since the last one there that completed are read: that run recorded every file it
     * left in the folder (written or kept) and removed the others (see {@link #staleOutputs}), so older
     * records say nothing more, and a store a year old is read as fast as one a night old.
     */
    public List<Output> earlierOutputs(long runId) {
        Map<String, Object> me = jdbc.queryForMap("""
                SELECT me.output_dir, COALESCE((SELECT MAX(c.run_id) FROM jx_run c WHERE c.output_dir = me.output_dir
                                                AND c.run_id < me.run_id AND c.status = 'COMPLETED'), 0) AS since
                FROM jx_run me WHERE me.run_id = ?""", runId);
        // the runs' records in run order, each path's latest kept: a range of the primary key, no grouping
        Map<String, Output> latest = new java.util.TreeMap<>();
        jdbc.query("""
                SELECT o.* FROM jx_output o JOIN jx_run r ON r.run_id = o.run_id
                WHERE o.run_id >= ? AND o.run_id < ? AND r.output_dir = ? ORDER BY o.run_id""", rs -> {
            Output o = OUTPUT.mapRow(rs, 0);
            latest.put(o.path(), o);
        }, ((Number) me.get("since")).longValue(), runId, me.get("output_dir"));
        return List.copyOf(latest.values());
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
        jdbc.update("DELETE FROM jx_removed_output WHERE run_id = ? AND path = ?", runId, path);
        jdbc.update("INSERT INTO jx_removed_output (run_id, path) VALUES (?, ?)", runId, path);
    }

    /** Stale outputs this run removed. */
    public List<String> removed(long runId) {
        return jdbc.queryForList("SELECT path FROM jx_removed_output WHERE run_id = ? ORDER BY path", String.class, runId);
    }

    /**
     * How many departments a night rendered (any of their files made tonight) and kept (every file kept
     * from an earlier night by its fingerprint), in that order.
     */
    public int[] departmentWork(long runId) {
        int[] work = new int[2];
        jdbc.query("""
                SELECT MAX(CASE WHEN made THEN 1 ELSE 0 END) FROM jx_output
                WHERE run_id = ? AND department IS NOT NULL GROUP BY budget_year, region, department""", rs -> {
                    work[rs.getInt(1) == 1 ? 0 : 1]++;
                }, runId);
        return work;
    }

    /** Notes an output the night did not publish on purpose; noting it again replaces it. */
    public void recordHeld(long runId, Held h) {
        jdbc.update("DELETE FROM jx_held_output WHERE run_id = ? AND path = ?", runId, h.path());
        jdbc.update("INSERT INTO jx_held_output (run_id, path, kind, budget_year, region, department, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
                runId, h.path(), h.kind(), h.year(), h.region(), h.department(), h.reason());
    }

    public List<Held> held(long runId) {
        return jdbc.query("SELECT * FROM jx_held_output WHERE run_id = ? ORDER BY path", (rs, n) -> new Held(rs.getString("path"),
                rs.getString("kind"), (Integer) rs.getObject("budget_year"), rs.getString("region"), rs.getString("department"),
                rs.getString("reason")), runId);
    }

    /** The latest run that did not complete (killed, failed or stopped), if it is the latest run at all. */
    public Optional<Run> unfinished() {
        return jdbc.query("SELECT * FROM jx_run ORDER BY run_id DESC LIMIT 1", RUN).stream()
                .filter(r -> r.status() != BatchStatus.COMPLETED && r.status() != BatchStatus.ABANDONED).findFirst();
    }

    /** How many projects the contents a run read brought, imported or rejected. */
    public long projectsRead(long runId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM jx_project WHERE run_id = ?", Long.class, runId);
        return n == null ? 0 : n;
    }

    /** How many files each run published or kept (the parts of the books aside), by run id. */
    public java.util.Map<Long, Integer> outputCounts() {
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        jdbc.query("SELECT run_id, COUNT(*) FROM jx_output WHERE kind <> 'part' GROUP BY run_id", rs -> {
            counts.put(rs.getLong(1), rs.getInt(2));
        });
        return counts;
    }

    public List<Run> runs() {
        return jdbc.query("SELECT * FROM jx_run ORDER BY run_id", RUN);
    }
}
