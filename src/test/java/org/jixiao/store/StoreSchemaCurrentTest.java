package org.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line skips Flyway only for a store at exactly this version's schema, every migration applied. */
class StoreSchemaCurrentTest {

    @TempDir
    Path dir;

    @Test
    void latestIsTheNewestMigrationFile() throws IOException {
        Pattern version = Pattern.compile("V(\\d+)__.*\\.sql");
        int newest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(f -> version.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertThat(StoreSchema.LATEST).as("StoreSchema.LATEST after adding a migration").isEqualTo(newest);
    }

    @Test
    void anEmptyStoreIsNotCurrentAMigratedOneIs() throws Exception {
        JdbcDataSource ds = h2();
        try (Connection c = ds.getConnection()) {
            assertThat(StoreSchema.isCurrent(c)).isFalse();
        }
        StoreSchema.migrate(ds);
        try (Connection c = ds.getConnection()) {
            assertThat(StoreSchema.isCurrent(c)).isTrue();
        }
    }

    @Test
    void aFailedOrMissingMigrationIsLeftToFlyway() throws Exception {
        JdbcDataSource ds = h2();
        StoreSchema.migrate(ds);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '" + StoreSchema.LATEST + "'");
            assertThat(StoreSchema.isCurrent(c)).isFalse();
            st.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '" + StoreSchema.LATEST + "'");
            assertThat(StoreSchema.isCurrent(c)).as("one version behind").isFalse();
        }
    }

    @Test
    void aNewerJixiaosStoreIsNotCurrent() throws Exception {
        JdbcDataSource ds = h2();
        StoreSchema.migrate(ds);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE \"flyway_schema_history\" SET \"version\" = '" + (StoreSchema.LATEST + 1) + "' WHERE \"version\" = '"
                    + StoreSchema.LATEST + "'");
            assertThat(StoreSchema.isCurrent(c)).isFalse();
        }
    }

    private JdbcDataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("store").toAbsolutePath().toString().replace('\\', '/'));
        ds.setUser("sa");
        ds.setPassword("");
        return ds;
    }
}
