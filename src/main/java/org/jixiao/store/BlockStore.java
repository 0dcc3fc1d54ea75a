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

    /** Keys carry a bucket (0..1023), so the check step can be split by key across threads. */
    public static final int KEY_BUCKETS = 1024;

    /** The projects of this run the check step must see: filed in several files, or not checked during the import. */
    private static final String TO_CHECK = """
            k.run_id = ? AND k.project_key IN (SELECT project_key FROM jx_run_key WHERE run_id = ?
              GROUP BY project_key HAVING COUNT(*) > 1 OR BOOL_OR(recheck))""";

    /** A project key met in a file; {@code recheck} when the import could not check the project as it read it. */
    public record FiledKey(long fileId, String projectKey, boolean recheck) {
    }

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
                MERGE INTO jx_block (file_id, first_seq, run_id, sheet, kind, project_key, row_count, rows_packed)
                KEY (file_id, first_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", blocks, blocks.size(), (ps, b) -> {
                    ps.setLong(1, b.fileId());
                    ps.setInt(2, b.firstSeq());
                    ps.setLong(3, runId);
                    ps.setString(4, b.sheet());
                    ps.setString(5, b.kind().code());
                    ps.setString(6, b.projectKey());
                    ps.setInt(7, b.rows().size());
                    ps.setString(8, BlockCodec.encode(b.rows()));
                });
    }

    /**
     * Notes the keys met in each file, for the check step. Recording a key again replaces it: only a
     * key's first occurrence in a file can be checked during the import, so in a file read in order the
     * last word on a key is {@code recheck} whenever any occurrence needs it.
     */
    public void recordKeys(long runId, List<FiledKey> keys) {
        jdbc.batchUpdate("MERGE INTO jx_run_key (run_id, project_key, file_id, key_bucket, recheck) KEY (run_id, project_key, file_id) "
                + "VALUES (?, ?, ?, ?, ?)", keys, keys.size(), (ps, k) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, k.projectKey());
                    ps.setLong(3, k.fileId());
                    ps.setInt(4, Math.floorMod(k.projectKey().hashCode(), KEY_BUCKETS));
                    ps.setBoolean(5, k.recheck());
                });
    }

    /**
     * Lists for the check step, as to be checked from the store, every key of a run's blocks that the
     * list lacks. A run imports a block and lists its key in one transaction, so only blocks stored by
     * an earlier version of jixiao (a run it started and this one resumes) can lack it.
     *
     * @return how many keys were listed
     */
    public int listUnlistedKeys(long runId) {
        List<FiledKey> unlisted = jdbc.query("""
                SELECT DISTINCT b.file_id, b.project_key FROM jx_file f JOIN jx_block b ON b.file_id = f.file_id
                WHERE f.run_id = ? AND NOT EXISTS (SELECT 1 FROM jx_run_key k
                  WHERE k.run_id = f.run_id AND k.project_key = b.project_key AND k.file_id = b.file_id)
                ORDER BY b.file_id, b.project_key""", (rs, n) -> new FiledKey(rs.getLong(1), rs.getString(2), true), runId);
        if (!unlisted.isEmpty()) {
            recordKeys(runId, unlisted);
        }
        return unlisted.size();
    }

    /** A project the check step must see: its file version and key. */
    public record ToCheck(long fileId, String path, String projectKey) {
    }

    /**
     * The projects of a run the check step must see, in one key-bucket partition, ordered by key and
     * then file path: of a project filed twice, the first file comes first. Only keys, not rows: even a
     * city whose every project needs the step is a short list.
     */
    public List<ToCheck> toCheck(long runId, int part, int parts) {
        return jdbc.query("SELECT k.file_id, f.path, k.project_key FROM jx_run_key k JOIN jx_file f ON f.file_id = k.file_id WHERE "
                + TO_CHECK + " AND MOD(k.key_bucket, ?) = ? ORDER BY k.project_key, f.path, k.file_id",
                (rs, n) -> new ToCheck(rs.getLong(1), rs.getString(2), rs.getString(3)), runId, runId, parts, part);
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

    /**
     * Replaces, in place, the two control characters the store uses as separators (U+001E, U+001F)
     * with spaces, in the rows of one file in turn: a cell is then the same text whether it is checked
     * as read or from the store. A cell that is the very string of the previous row's cell in the same
     * column (sources share repeated cells) takes the value made for it then, without another look at
     * its characters.
     */
    public static final class Storable {
        private String[] before;
        private String[] madeBefore;

        public void apply(String[] cells) {
            String[] raw = cells.clone();
            for (int i = 0; i < cells.length; i++) {
                boolean repeated = before != null && i < before.length && before[i] == cells[i];
                cells[i] = repeated ? madeBefore[i] : BlockCodec.storable(cells[i]);
            }
            before = raw;
            madeBefore = cells.clone();
        }

        /** Forgets the previous row: a new file begins. */
        public void reset() {
            before = null;
            madeBefore = null;
        }
    }

    /** Decodes a block read by a cursor over jx_block. */
    public static List<FiledRow> rows(String packed, long fileId, String file, String sheet, Kind kind, String key, int firstSeq) {
        return BlockCodec.decode(packed, fileId, file, sheet, kind, key, firstSeq);
    }

    /** How many projects (keys per file) of a run the check step must see: its work. */
    public long projectsToCheck(long runId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM jx_run_key k WHERE " + TO_CHECK, Long.class, runId, runId);
        return n == null ? 0 : n;
    }
}
