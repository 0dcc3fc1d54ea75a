package org.jixiao.store;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Kind;
import org.jixiao.ingest.FiledBlock;
import org.jixiao.ingest.FiledRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rows of every filing as filed (after the contract's header and identity normalisation), kept
 * in blocks: written once by the import, read by the checks, and read again to rebuild a project for
 * the summaries and reports. They are the store's single record of what was filed.
 */
@Repository
public class BlockStore {

    /** Blocks carry a bucket of their key (0..1023), so checks can be split by key across threads. */
    public static final int KEY_BUCKETS = 1024;

    private final JdbcTemplate jdbc;

    public BlockStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores blocks; a block stored before (a partition read again after a crash) is replaced by the
     * same content, so a replay never duplicates rows.
     */
    public void insert(long runId, List<FiledBlock> blocks) {
        jdbc.batchUpdate("""
                MERGE INTO jx_block (file_id, first_seq, run_id, sheet, kind, project_key, key_bucket, row_count, rows_packed)
                KEY (file_id, first_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", blocks, blocks.size(), (ps, b) -> {
                    ps.setLong(1, b.fileId());
                    ps.setInt(2, b.firstSeq());
                    ps.setLong(3, runId);
                    ps.setString(4, b.sheet());
                    ps.setString(5, b.kind().code());
                    ps.setString(6, b.projectKey());
                    ps.setInt(7, Math.floorMod(b.projectKey().hashCode(), KEY_BUCKETS));
                    ps.setInt(8, b.rows().size());
                    ps.setString(9, BlockCodec.encode(b.rows()));
                });
    }

    /** The rows of one project in one file, in filing order. */
    public List<FiledRow> project(long fileId, String file, String projectKey) {
        List<FiledRow> rows = new ArrayList<>();
        jdbc.query("SELECT sheet, kind, first_seq, rows_packed FROM jx_block WHERE file_id = ? AND project_key = ? ORDER BY first_seq",
                rs -> {
                    rows.addAll(BlockCodec.decode(rs.getString(4), fileId, file, rs.getString(1), Kind.ofCode(rs.getString(2)),
                            projectKey, rs.getInt(3)));
                }, fileId, projectKey);
        return rows;
    }

    /** Decodes a block read by a cursor over jx_block. */
    public static List<FiledRow> rows(String packed, long fileId, String file, String sheet, Kind kind, String key, int firstSeq) {
        return BlockCodec.decode(packed, fileId, file, sheet, kind, key, firstSeq);
    }

    /** How many projects (distinct keys per file) the files of a run hold: the check step's work. */
    public long projectsOfRun(long runId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT DISTINCT file_id, project_key FROM jx_block WHERE run_id = ?)",
                Long.class, runId);
        return n == null ? 0 : n;
    }
}
