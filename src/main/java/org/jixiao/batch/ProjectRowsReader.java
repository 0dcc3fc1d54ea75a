package org.jixiao.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jixiao.filing.Kind;
import org.jixiao.ingest.FiledRow;
import org.jixiao.store.BlockStore;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams the blocks a run imported through one cursor, ordered by project key, file and row, and
 * puts each project back together from its blocks. Because the same key from two files arrives
 * side by side, a project filed twice in one run is recognised here (the first file in path order
 * wins). On a restart the partition is read again from its start (see the constructor).
 */
class ProjectRowsReader extends AbstractItemCountingItemStreamItemReader<ProjectRows> {

    private static final String SQL = """
            SELECT b.file_id, f.path, b.project_key, b.first_seq, b.sheet, b.kind, b.rows_packed
            FROM jx_block b JOIN jx_file f ON f.file_id = b.file_id
            WHERE b.run_id = ? AND MOD(b.key_bucket, ?) = ?
            ORDER BY b.project_key, f.path, b.file_id, b.first_seq""";

    private final DataSource dataSource;
    private final long runId;
    private final int part;
    private final int parts;
    private Connection connection;
    private PreparedStatement statement;
    private ResultSet cursor;
    private boolean pending;
    private String lastKey;
    private String lastKeyPath;
    private int lastKeyRow;

    /** Reads the projects whose key bucket falls in partition {@code part} of {@code parts}. */
    ProjectRowsReader(DataSource dataSource, long runId, int part, int parts) {
        this.dataSource = dataSource;
        this.runId = runId;
        this.part = part;
        this.parts = parts;
        setName("projectRows");
        // Spring Batch 6.0.0 may save a reader's position apart from the chunk it read (spring-batch
        // #5182), so a restart must not trust it: the partition is read again from its start and the
        // writers replace what they wrote before.
        setSaveState(false);
    }

    @Override
    protected void doOpen() throws SQLException {
        connection = dataSource.getConnection();
        statement = connection.prepareStatement(SQL, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(200);
        statement.setLong(1, runId);
        statement.setInt(2, parts);
        statement.setInt(3, part);
        cursor = statement.executeQuery();
        pending = cursor.next();
        lastKey = null;
    }

    @Override
    protected ProjectRows doRead() throws SQLException {
        if (!pending) {
            return null;
        }
        long fileId = cursor.getLong(1);
        String path = cursor.getString(2);
        String key = cursor.getString(3);
        List<FiledRow> rows = new ArrayList<>();
        while (pending && cursor.getLong(1) == fileId && cursor.getString(3).equals(key)) {
            rows.addAll(BlockStore.rows(cursor.getString(7), fileId, path, cursor.getString(5), Kind.ofCode(cursor.getString(6)), key,
                    cursor.getInt(4)));
            pending = cursor.next();
        }
        if (key.equals(lastKey)) {
            return new ProjectRows(fileId, path, key, rows, lastKeyPath, lastKeyRow);
        }
        lastKey = key;
        lastKeyPath = path;
        lastKeyRow = rows.get(0).source().row();
        return new ProjectRows(fileId, path, key, rows, null, 0);
    }

    @Override
    protected void doClose() {
        try {
            if (cursor != null) {
                cursor.close();
            }
            if (statement != null) {
                statement.close();
            }
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            throw new ItemStreamException("无法关闭项目游标", e);
        } finally {
            cursor = null;
            statement = null;
            connection = null;
        }
    }
}
