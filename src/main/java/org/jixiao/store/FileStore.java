package org.jixiao.store;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Versions of input files: which content was imported when, which version of a path is current. */
@Repository
public class FileStore {

    private static final RowMapper<InputFile> MAPPER = (rs, n) -> new InputFile(rs.getLong("file_id"), rs.getLong("run_id"),
            rs.getString("path"), rs.getString("sha256"), rs.getLong("bytes"), rs.getInt("rows_read"),
            rs.getInt("rows_imported"), rs.getInt("rows_rejected"));

    private final JdbcTemplate jdbc;

    public FileStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The current version with this content imported by an earlier run, if any. */
    public Optional<InputFile> currentWithContent(String sha256, long runId) {
        return jdbc.query("SELECT * FROM jx_file WHERE sha256 = ? AND is_current AND run_id <> ? ORDER BY file_id LIMIT 1", MAPPER,
                sha256, runId).stream().findFirst();
    }

    /** The version of a path this run already registered (a scan repeated after a crash). */
    public Optional<InputFile> ofRun(long runId, String path) {
        return jdbc.query("SELECT * FROM jx_file WHERE run_id = ? AND path = ?", MAPPER, runId, path).stream().findFirst();
    }

    public long add(long runId, String path, String sha256, long bytes) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO jx_file (run_id, path, sha256, bytes) VALUES (?, ?, ?, ?)", new String[] {"file_id"});
            ps.setLong(1, runId);
            ps.setString(2, path);
            ps.setString(3, sha256);
            ps.setLong(4, bytes);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /** Files a run imports, in path order. */
    public List<InputFile> importedBy(long runId) {
        return jdbc.query("SELECT * FROM jx_file WHERE run_id = ? ORDER BY path", MAPPER, runId);
    }

    public Optional<InputFile> byId(long fileId) {
        return jdbc.query("SELECT * FROM jx_file WHERE file_id = ?", MAPPER, fileId).stream().findFirst();
    }

    /** Earlier versions of the paths this run imported are no longer current, nor are their projects. */
    public void supersedeEarlierVersions(long runId) {
        String earlier = "SELECT old.file_id FROM jx_file old JOIN jx_file cur ON cur.path = old.path "
                + "WHERE cur.run_id = ? AND old.run_id <> ? AND old.is_current";
        jdbc.update("UPDATE jx_project SET is_current = FALSE WHERE file_id IN (" + earlier + ")", runId, runId);
        jdbc.update("UPDATE jx_file SET is_current = FALSE WHERE file_id IN (" + earlier + ")", runId, runId);
    }

    /**
     * Withdraws what an abandoned run imported before its import was finished: its file versions and
     * their projects stop being current, so a later run imports those files again rather than skip
     * them as unchanged, and the earlier versions they were to replace stay current until then.
     */
    public void withdraw(long runId) {
        jdbc.update("UPDATE jx_project SET is_current = FALSE WHERE run_id = ?", runId);
        jdbc.update("UPDATE jx_file SET is_current = FALSE WHERE run_id = ?", runId);
    }

    /**
     * Current versions of files that earlier runs on this run's input folder imported and that this run
     * neither imported nor found unchanged (under any path): files no longer in the input folder. Files
     * imported from other input folders (a store shared with them) are not this run's to judge. Called
     * after this run's versions superseded earlier versions of the same paths.
     */
    public List<InputFile> missingFrom(long runId) {
        return jdbc.query("""
                SELECT f.* FROM jx_file f JOIN jx_run r ON r.run_id = f.run_id
                JOIN jx_run me ON me.run_id = ? AND me.input_dir = r.input_dir
                WHERE f.is_current AND f.run_id <> me.run_id
                  AND NOT EXISTS (SELECT 1 FROM jx_run_file rf WHERE rf.run_id = me.run_id AND rf.file_id = f.file_id)
                ORDER BY f.path""", MAPPER, runId);
    }

    /** A file taken out of the input folder: its version and its projects are no longer current (history kept). */
    public void retire(long fileId) {
        jdbc.update("UPDATE jx_project SET is_current = FALSE WHERE file_id = ?", fileId);
        jdbc.update("UPDATE jx_file SET is_current = FALSE WHERE file_id = ?", fileId);
    }

    /** How many file versions are current: what the store holds as filed. */
    public int currentCount() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM jx_file WHERE is_current", Integer.class);
        return n == null ? 0 : n;
    }

    /** Recounts a file's rows from its blocks, its projects and the rows its file-level problems rejected. */
    public void recount(long fileId) {
        jdbc.update("""
                UPDATE jx_file f SET file_rejected = (SELECT COALESCE(SUM(x.rows_rejected), 0) FROM jx_finding x
                  WHERE x.file_id = f.file_id AND x.project_key IS NULL) WHERE f.file_id = ?""", fileId);
        jdbc.update("""
                UPDATE jx_file f SET
                  rows_imported = (SELECT COALESCE(SUM(row_count), 0) FROM jx_project p WHERE p.file_id = f.file_id AND p.status = 'IMPORTED'),
                  rows_rejected = f.file_rejected
                    + (SELECT COALESCE(SUM(row_count), 0) FROM jx_project p WHERE p.file_id = f.file_id AND p.status = 'REJECTED'),
                  rows_read = f.file_rejected + (SELECT COALESCE(SUM(b.row_count), 0) FROM jx_block b WHERE b.file_id = f.file_id)
                WHERE f.file_id = ?""", fileId);
    }
}
