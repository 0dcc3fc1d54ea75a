package org.jixiao.store;

import java.util.List;
import org.jixiao.filing.Kind;
import org.jixiao.filing.SourceRef;
import org.jixiao.ingest.Column;
import org.jixiao.ingest.FiledRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The staging table of rows as filed: written by the import step, read project by project by the checks. */
@Repository
public class RowStore {

    private static final int WIDTH = Column.values().length;

    private final JdbcTemplate jdbc;

    public RowStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(List<FiledRow> rows) {
        jdbc.batchUpdate("INSERT INTO jx_row (file_id, seq, sheet, row_no, kind, project_key, cells) VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows, rows.size(), (ps, r) -> {
                    ps.setLong(1, r.fileId());
                    ps.setInt(2, r.seq());
                    ps.setString(3, r.source().sheet());
                    ps.setInt(4, r.source().row());
                    ps.setString(5, r.kind().code());
                    ps.setString(6, r.projectKey());
                    ps.setString(7, RowCodec.encode(r.cells()));
                });
    }

    /** The rows of one project in one file, in filing order. */
    public List<FiledRow> project(long fileId, String file, String projectKey) {
        return jdbc.query("SELECT seq, sheet, row_no, kind, cells FROM jx_row WHERE file_id = ? AND project_key = ? ORDER BY seq",
                (rs, n) -> new FiledRow(fileId, rs.getInt(1), new SourceRef(file, rs.getString(2), rs.getInt(3)),
                        Kind.ofCode(rs.getString(4)), projectKey, RowCodec.decode(rs.getString(5), WIDTH)),
                fileId, projectKey);
    }

    /** How many projects (distinct keys per file) the files of a run hold: the check step's work. */
    public long projectsOfRun(long runId) {
        Long n = jdbc.queryForObject("""
                SELECT COUNT(*) FROM (SELECT DISTINCT r.file_id, r.project_key FROM jx_row r
                JOIN jx_file f ON f.file_id = r.file_id WHERE f.run_id = ?)""", Long.class, runId);
        return n == null ? 0 : n;
    }

    /** Removes staged rows of a file from a failed earlier attempt, so a restart does not stage them twice. */
    public void deleteFrom(long fileId, int fromSeq) {
        jdbc.update("DELETE FROM jx_row WHERE file_id = ? AND seq >= ?", fileId, fromSeq);
    }
}
