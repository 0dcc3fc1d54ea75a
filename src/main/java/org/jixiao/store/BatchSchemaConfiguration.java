package org.jixiao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchDataSourceScriptDatabaseInitializer;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Creates Spring Batch's job repository tables when the store has none. Spring Batch's H2 script has
 * no IF NOT EXISTS: run at every start against a store that already has the tables, each statement
 * failed (harmlessly) and H2 wrote the failure to {@code store.trace.db}, some 30 KB a night.
 */
@Configuration(proxyBeanMethods = false)
class BatchSchemaConfiguration {

    /** Replaces Boot's initializer of the same type, which then stands back. */
    @Bean
    BatchDataSourceScriptDatabaseInitializer batchDataSourceInitializer(DataSource dataSource, BatchJdbcProperties properties) {
        return new BatchDataSourceScriptDatabaseInitializer(dataSource, properties) {
            @Override
            public boolean initializeDatabase() {
                return !hasJobRepository(dataSource) && super.initializeDatabase();
            }
        };
    }

    /** What Spring Batch's H2 script creates, each in a statement of its own. */
    private static final List<String> TABLES = List.of("BATCH_JOB_INSTANCE", "BATCH_JOB_EXECUTION", "BATCH_JOB_EXECUTION_PARAMS",
            "BATCH_STEP_EXECUTION", "BATCH_STEP_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_CONTEXT");
    private static final List<String> SEQUENCES = List.of("BATCH_STEP_EXECUTION_SEQ", "BATCH_JOB_EXECUTION_SEQ",
            "BATCH_JOB_INSTANCE_SEQ");

    /**
     * Whether every table and sequence of the job repository exists. A run killed while the script ran
     * leaves some of them (each statement commits alone); the script then runs again, its statements for
     * what exists failing harmlessly as before.
     */
    static boolean hasJobRepository(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            for (String table : TABLES) {
                if (!exists(() -> c.getMetaData().getTables(null, null, table, null))
                        && !exists(() -> c.getMetaData().getTables(null, null, table.toLowerCase(Locale.ROOT), null))) {
                    return false;
                }
            }
            for (String sequence : SEQUENCES) {
                if (!sequenceExists(c, sequence)) {
                    return false;
                }
            }
            return true;
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("无法读取数据库的表结构", e);
        }
    }

    private interface Lookup {
        ResultSet run() throws SQLException;
    }

    private static boolean exists(Lookup lookup) throws SQLException {
        try (ResultSet rs = lookup.run()) {
            return rs.next();
        }
    }

    private static boolean sequenceExists(Connection c, String name) {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM INFORMATION_SCHEMA.SEQUENCES WHERE UPPER(SEQUENCE_NAME) = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            // a database without that view: let the script decide
            return false;
        }
    }
}
