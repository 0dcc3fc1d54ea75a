package org.jixiao.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /** Whether the job instance table exists, in the case H2 keeps names in or the case other databases do. */
    static boolean hasJobRepository(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            for (String name : new String[] {"BATCH_JOB_INSTANCE", "batch_job_instance"}) {
                try (ResultSet tables = c.getMetaData().getTables(null, null, name, null)) {
                    if (tables.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("无法读取数据库的表结构", e);
        }
    }
}
