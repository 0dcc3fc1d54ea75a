package org.jixiao.store;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Contents read: one row per content (SHA-256) and check settings, whatever its name. A night takes a
 * content read before, complete, as it is; any other content is read by the night that meets it.
 */
@Repository
public class FileStore {

    private static final RowMapper<InputFile> MAPPER = (rs, n) -> new InputFile(rs.getLong("file_id"), rs.getLong("run_id"),
            rs.getString("path"), rs.getString("sha256"), rs.getLong("bytes"), rs.getInt("rows_read"),
            rs.getInt("rows_imported"), rs.getInt("rows_rejected"));

    private final JdbcTemplate jdbc;

    public FileStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every content read completely before under these check settings, by SHA-256: for each the earliest, so
     * every night takes the same one. One query for a night's whole folder.
     */
    public java.util.Map<String, InputFile> completeBySha(String checks) {
        java.util.Map<String, InputFile> bySha = new java.util.HashMap<>();
        jdbc.query("SELECT * FROM jx_file WHERE checks = ? AND complete ORDER BY file_id", rs -> {
            InputFile f = MAPPER.mapRow(rs, 0);
            bySha.putIfAbsent(f.sha256(), f);
        }, checks);
        return bySha;
    }

    /** A content this run registered to read (a scan repeated after a crash, or a content met twice tonight). */
    public Optional<InputFile> registeredBy(long runId, String sha256, String checks) {
        return jdbc.query("SELECT * FROM jx_file WHERE run_id = ? AND sha256 = ? AND checks = ? ORDER BY file_id", MAPPER, runId,
                sha256, checks).stream().findFirst();
    }

    /** Registers a content this run reads, under the path it reads it from. */
    public long add(long runId, String path, String sha256, String checks, long bytes) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO jx_file (run_id, path, sha256, checks, bytes) VALUES (?, ?, ?, ?, ?)",
                    new String[] {"file_id"});
            ps.setLong(1, runId);
            ps.setString(2, path);
            ps.setString(3, sha256);
            ps.setString(4, checks);
            ps.setLong(5, bytes);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /** What a content changed while read is recorded under instead of a digest: no file has it, no night repeats its run. */
    public static final String CHANGED_WHILE_READ = "changed-while-read-";

    /**
     * A content whose file was not the bytes its scan hashed when it was read: it is kept under a mark no
     * digest matches, so no later night takes those bytes as read, nor repeats this night.
     */
    public void changedWhileRead(long fileId) {
        jdbc.update("UPDATE jx_file SET sha256 = ? WHERE file_id = ?", CHANGED_WHILE_READ + String.format("%045d", fileId), fileId);
    }

    /** The contents a run reads, in path order. */
    public List<InputFile> importedBy(long runId) {
        return jdbc.query("SELECT * FROM jx_file WHERE run_id = ? AND NOT complete ORDER BY path, file_id", MAPPER, runId);
    }

    /** The contents a run read are complete: later nights may take them as read. */
    public void completeAll(long runId) {
        jdbc.update("UPDATE jx_file SET complete = TRUE WHERE run_id = ? AND NOT complete", runId);
    }

    /**
     * Forgets what a run given up before its import was finished read: its contents are incomplete, so
     * no later night would take them as read; they are deleted with their rows, projects and findings.
     */
    public void discardIncomplete(long runId) {
        String incomplete = "SELECT file_id FROM jx_file WHERE run_id = ? AND NOT complete";
        jdbc.update("DELETE FROM jx_block WHERE file_id IN (" + incomplete + ")", runId);
        jdbc.update("DELETE FROM jx_project WHERE file_id IN (" + incomplete + ")", runId);
        jdbc.update("DELETE FROM jx_finding WHERE file_id IN (" + incomplete + ")", runId);
        jdbc.update("DELETE FROM jx_run_key WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM jx_file WHERE run_id = ? AND NOT complete", runId);
    }

    /**
     * Recounts a content's rows from its blocks, its projects and the rows its file-level problems
     * rejected, and whether a problem refused the whole file.
     */
    public void recount(long fileId) {
        jdbc.update("""
                UPDATE jx_file SET file_rejected = (SELECT COALESCE(SUM(x.rows_rejected), 0) FROM jx_finding x
                  WHERE x.file_id = jx_file.file_id AND x.project_key IS NULL AND x.night_run_id IS NULL),
                  file_refused = EXISTS (SELECT 1 FROM jx_finding x WHERE x.file_id = jx_file.file_id AND x.project_key IS NULL
                  AND x.night_run_id IS NULL AND x.rule_id IN ('F01', 'F02', 'F03', 'F04'))
                WHERE file_id = ?""", fileId);
        jdbc.update("""
                UPDATE jx_file SET
                  rows_imported = (SELECT COALESCE(SUM(row_count), 0) FROM jx_project p WHERE p.file_id = jx_file.file_id
                    AND p.status = 'IMPORTED'),
                  rows_rejected = file_rejected
                    + (SELECT COALESCE(SUM(row_count), 0) FROM jx_project p WHERE p.file_id = jx_file.file_id AND p.status = 'REJECTED'),
                  rows_read = file_rejected + (SELECT COALESCE(SUM(b.row_count), 0) FROM jx_block b WHERE b.file_id = jx_file.file_id)
                WHERE file_id = ?""", fileId);
    }
}
