package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreRecoveryTest {

    @TempDir
    Path output;

    @Test
    void aStoreClosedCleanlyIsLeftAsItIs() throws Exception {
        StoreRecovery recovery = new StoreRecovery(output);
        assertThat(recovery.beforeOpen()).isEmpty();
        assertThat(marker()).exists();
        fill();
        long modified = Files.getLastModifiedTime(store()).toMillis();
        recovery.afterClose();
        assertThat(marker()).doesNotExist();

        assertThat(new StoreRecovery(output).beforeOpen()).as("no marker, no rebuild").isEmpty();
        assertThat(Files.getLastModifiedTime(store()).toMillis()).isEqualTo(modified);
    }

    @Test
    void aStoreLeftOpenIsRebuiltWithEveryRowItsIndexesAndItsCounters() throws Exception {
        new StoreRecovery(output).beforeOpen();
        fill();
        List<String> before = rows();
        // the process "dies": the marker stays; a rebuild killed earlier left its files too
        Files.writeString(output.resolve(Store.FOLDER).resolve("rebuild.sql"), "half a script");

        assertThat(new StoreRecovery(output).beforeOpen()).isPresent();

        assertThat(rows()).isEqualTo(before);
        assertThat(marker()).as("open again for this run").exists();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO t(name, dept) VALUES ('新项目', '财政局')");
            ResultSet id = s.executeQuery("SELECT MAX(id) FROM t");
            id.next();
            assertThat(id.getLong(1)).as("identity continues after the copied rows").isEqualTo(4);
            ResultSet indexes = s.executeQuery(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'T' AND INDEX_NAME = 'T_DEPT'");
            indexes.next();
            assertThat(indexes.getInt(1)).isEqualTo(1);
            ResultSet sequence = s.executeQuery("SELECT NEXT VALUE FOR s");
            sequence.next();
            assertThat(sequence.getLong(1)).as("sequences keep their place").isEqualTo(3);
        }
        try (var files = Files.list(output.resolve(Store.FOLDER))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("store.mv.db", "store.open");
        }
    }

    private void fill() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100), dept VARCHAR(100), amount DECIMAL(24, 6))");
            s.execute("CREATE INDEX t_dept ON t(dept)");
            s.execute("CREATE SEQUENCE s");
            s.execute("INSERT INTO t(name, dept, amount) VALUES ('项目一', '财政局', 1234567.890000), ('项目''二', '教育局', 0.010000),"
                    + " ('项目三', '财政局', NULL)");
            s.execute("SELECT NEXT VALUE FOR s");
            s.execute("SELECT NEXT VALUE FOR s");
        }
    }

    private List<String> rows() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id, name, dept, amount FROM t USE INDEX (t_dept) WHERE dept > '' ORDER BY id")) {
            while (r.next()) {
                rows.add(r.getLong(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getBigDecimal(4));
            }
        }
        return rows;
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection(Store.fileUrl(output), "sa", "");
    }

    private Path store() {
        return output.resolve(Store.FOLDER).resolve("store.mv.db");
    }

    private Path marker() {
        return output.resolve(Store.FOLDER).resolve(StoreRecovery.MARKER);
    }
}
