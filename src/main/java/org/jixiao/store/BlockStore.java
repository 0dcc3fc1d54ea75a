package org.jixiao.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jixiao.filing.FiledBlock;
import org.jixiao.filing.FiledRow;
import org.jixiao.filing.Kind;
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

    /**
     * The projects of this run the check step must see: those the import could not check as it read
     * them. The key of a project is recorded once per content; a later occurrence marks it.
     */
    private static final String TO_CHECK = "k.run_id = ? AND k.recheck";

    /** A project key met in a file; {@code recheck} when the import could not check the project as it read it. */
    public record FiledKey(long fileId, String projectKey, boolean recheck) {
    }

    private final JdbcTemplate jdbc;
    /** How each stored format's cells map onto today's columns, read from jx_block_format when first met. */
    private final Map<Integer, BlockCodec.Layout> layouts = new ConcurrentHashMap<>();
    private volatile boolean formatChecked;

    public BlockStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores blocks; a block stored before (a partition read again after a crash) is replaced by the
     * same content, so a replay never duplicates rows.
     */
    public void insert(long runId, List<FiledBlock> blocks) {
        checkFormat();
        jdbc.batchUpdate("DELETE FROM jx_block WHERE file_id = ? AND first_seq = ?", blocks, blocks.size(), (ps, b) -> {
            ps.setLong(1, b.fileId());
            ps.setInt(2, b.firstSeq());
        });
        jdbc.batchUpdate("""
                INSERT INTO jx_block (file_id, first_seq, run_id, sheet, kind, project_key, row_count, format_id, rows_packed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", blocks, blocks.size(), (ps, b) -> {
                    ps.setLong(1, b.fileId());
                    ps.setInt(2, b.firstSeq());
                    ps.setLong(3, runId);
                    ps.setString(4, b.sheet());
                    ps.setString(5, b.kind().code());
                    ps.setString(6, b.projectKey());
                    ps.setInt(7, b.rows().size());
                    ps.setInt(8, BlockCodec.FORMAT);
                    ps.setString(9, BlockCodec.encode(b.rows()));
                });
    }

    /**
     * Notes, for the check step, the projects the import could not check as it read them (a key met
     * again later in its file, or a project too long to hold); the others need no note.
     */
    public void recordKeys(long runId, List<FiledKey> met) {
        java.util.Map<String, FiledKey> once = new java.util.LinkedHashMap<>();
        for (FiledKey k : met) {
            if (k.recheck()) {
                once.putIfAbsent(k.fileId() + "\u001F" + k.projectKey(), k);
            }
        }
        List<FiledKey> keys = List.copyOf(once.values());
        if (keys.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("DELETE FROM jx_run_key WHERE run_id = ? AND project_key = ? AND file_id = ?", keys, keys.size(),
                (ps, k) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, k.projectKey());
                    ps.setLong(3, k.fileId());
                });
        jdbc.batchUpdate("INSERT INTO jx_run_key (run_id, project_key, file_id, key_bucket, recheck) VALUES (?, ?, ?, ?, ?)", keys,
                keys.size(), (ps, k) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, k.projectKey());
                    ps.setLong(3, k.fileId());
                    ps.setInt(4, Math.floorMod(k.projectKey().hashCode(), KEY_BUCKETS));
                    ps.setBoolean(5, k.recheck());
                });
    }

    /** A project the check step must see: its file version and key. */
    public record ToCheck(long fileId, String path, String projectKey) {
    }

    /**
     * The projects of a run the check step must see, in one key-bucket partition, ordered by content and
     * key. Only keys, not rows: even a city whose every project needs the step is a short list.
     */
    public List<ToCheck> toCheck(long runId, int part, int parts) {
        return jdbc.query("SELECT k.file_id, f.path, k.project_key FROM jx_run_key k JOIN jx_file f ON f.file_id = k.file_id WHERE "
                + TO_CHECK + " AND MOD(k.key_bucket, ?) = ? ORDER BY k.file_id, k.project_key",
                (rs, n) -> new ToCheck(rs.getLong(1), rs.getString(2), rs.getString(3)), runId, parts, part);
    }

    /** The rows of one project in one file, in filing order. */
    public List<FiledRow> project(long fileId, String file, String projectKey) {
        List<FiledRow> rows = new ArrayList<>();
        jdbc.query("""
                SELECT sheet, kind, first_seq, rows_packed, format_id FROM jx_block WHERE file_id = ? AND project_key = ?
                ORDER BY first_seq""", rs -> {
                    rows.addAll(BlockCodec.decode(rs.getString(4), layout(rs.getInt(5)), fileId, file, rs.getString(1),
                            Kind.ofCode(rs.getString(2)), projectKey, rs.getInt(3)));
                }, fileId, projectKey);
        return rows;
    }

    /** How a stored format's cells map onto today's columns. */
    private BlockCodec.Layout layout(int format) {
        return layouts.computeIfAbsent(format, f -> {
            List<String> names = jdbc.queryForList("SELECT columns FROM jx_block_format WHERE format_id = ?", String.class, f);
            if (names.isEmpty()) {
                throw new IllegalStateException("数据库中的申报行使用了本程序不认识的存储格式 " + f
                        + "（由更新版本的 jixiao 写入），请用该版本或更新的版本运行 / rows stored in format " + f
                        + ", which this jixiao does not know: run a newer jixiao");
            }
            return BlockCodec.Layout.of(names.get(0));
        });
    }

    /**
     * The store's record of the format this jixiao writes must name today's columns: a change to the
     * columns without a new format would store cells that every later version reads under wrong names.
     */
    private void checkFormat() {
        if (formatChecked) {
            return;
        }
        List<String> names = jdbc.queryForList("SELECT columns FROM jx_block_format WHERE format_id = ?", String.class,
                BlockCodec.FORMAT);
        if (names.isEmpty() || !names.get(0).equals(BlockCodec.currentNames())) {
            throw new IllegalStateException("数据库记录的存储格式 " + BlockCodec.FORMAT + " 与本程序的列不一致，本程序不能写入 / "
                    + "the store's format " + BlockCodec.FORMAT + " does not name this jixiao's columns");
        }
        formatChecked = true;
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

    /** Decodes a block of the format this jixiao writes, read by a cursor over jx_block. */
    public static List<FiledRow> rows(String packed, long fileId, String file, String sheet, Kind kind, String key, int firstSeq) {
        return BlockCodec.decode(packed, BlockCodec.Layout.current(), fileId, file, sheet, kind, key, firstSeq);
    }

    /** How many projects (keys per file) of a run the check step must see: its work. */
    public long projectsToCheck(long runId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM jx_run_key k WHERE " + TO_CHECK, Long.class, runId);
        return n == null ? 0 : n;
    }
}
