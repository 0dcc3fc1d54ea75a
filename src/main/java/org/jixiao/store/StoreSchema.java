package org.jixiao.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * The store's schema — jixiao's tables and Spring Batch's — is versioned by Flyway: the migrations in
 * {@code db/migration} ({@code V1__…}, {@code V2__…}), the same for H2 and PostgreSQL. A night brings
 * the store up to its own version before anything reads it; a remote worker only checks that the
 * store is at its version (the night's manager upgrades it, never a worker). A store this jixiao
 * cannot use is refused with one line saying why, before anything is touched:
 * <ul>
 * <li>tables of a jixiao from before the versioned schema (no schema history): their format is not
 * this one's. The default store of an output folder is moved aside before this is reached (the
 * command line does it: a night is a function of the input folder, so a new store publishes the
 * same); a store given by URL is never changed;</li>
 * <li>a store a newer jixiao upgraded: this one would misread it;</li>
 * <li>a schema that holds other tables: jixiao wants a database or schema of its own.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class StoreSchema {

    /** Where the migrations are, for the command line and for tests that make a store without Spring. */
    public static final String LOCATION = "classpath:db/migration";
    /** The newest migration this jixiao has ({@code V<n>__…} in {@link #LOCATION}); a test holds it to the files. */
    public static final int LATEST = 6;
    /** The table every store of jixiao has had since its first version. */
    private static final String RUN_TABLE = "jx_run";

    /** A store jixiao will not use as it is; the message says why and what to do, in Chinese and English. */
    public static final class Unusable extends IllegalStateException {
        Unusable(String message) {
            super(message);
        }

        Unusable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Bean
    FlywayMigrationStrategy storeMigration(@Value("${jixiao.role:night}") String role) {
        return flyway -> prepare(flyway, "worker".equals(role));
    }

    /** Brings a store to this jixiao's version (a test's store, made without Spring). */
    public static void migrate(DataSource dataSource) {
        prepare(Flyway.configure().dataSource(dataSource).locations(LOCATION).load(), false);
    }

    /**
     * Checks the store and, unless {@code checkOnly}, applies the migrations it has not had.
     *
     * @param checkOnly a remote worker: the store must be at this jixiao's version already
     */
    static void prepare(Flyway flyway, boolean checkOnly) {
        MigrationInfoService info = flyway.info();
        if (info.applied().length == 0 && hasTable(flyway.getConfiguration().getDataSource(), RUN_TABLE)) {
            throw new Unusable("数据库中是旧版本 jixiao 的表（没有表结构版本记录，格式与本版本不兼容），本次未做任何改动；请另给一个空的数据库或模式"
                    + "（URL 中加 currentSchema=…），或由数据库管理员移走这些表 / the store holds tables of an earlier jixiao without a "
                    + "schema version, which this one cannot use; nothing was touched: give it an empty database or schema");
        }
        MigrationInfo newer = Arrays.stream(info.applied()).filter(m -> m.getState().name().startsWith("FUTURE")).reduce((a, b) -> b)
                .orElse(null);
        if (newer != null) {
            throw new Unusable("数据库已由更新版本的 jixiao 升级到表结构版本 " + newer.getVersion() + "，本程序只认识到版本 " + latest(info)
                    + "，本次未做任何改动；请使用新版本 / the store was upgraded to schema version " + newer.getVersion()
                    + " by a newer jixiao; this one knows up to " + latest(info) + ": run the newer one");
        }
        if (checkOnly) {
            if (info.pending().length > 0) {
                throw new Unusable("数据库的表结构版本为 " + (info.current() == null ? "空" : info.current().getVersion()) + "，本程序需要版本 "
                        + latest(info) + "：请先用本版本运行一次每晚作业（由它升级数据库），再启动工作进程 / the store is at schema version "
                        + (info.current() == null ? "none" : info.current().getVersion()) + ", this worker needs " + latest(info)
                        + ": run a night with this version first (it upgrades the store), then start the workers");
            }
            flyway.validate();
            return;
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            if (String.valueOf(e.getMessage()).contains("non-empty schema")) {
                throw new Unusable("数据库模式中已有不属于 jixiao 的表，本次未做任何改动；请给 jixiao 一个单独的数据库或模式（URL 中加 currentSchema=…）"
                        + " / the schema holds tables that are not jixiao's; nothing was touched: give jixiao a database or schema of its own", e);
            }
            throw e;
        }
    }

    /**
     * Whether the store behind the connection is at this jixiao's schema version, every migration
     * recorded as applied: then there is nothing for Flyway to do, and the command line does not start
     * it. Anything else (no history, an older or newer version, a failed migration) is Flyway's to judge.
     */
    public static boolean isCurrent(Connection c) throws SQLException {
        String table = null;
        DatabaseMetaData meta = c.getMetaData();
        for (String name : new String[] {"flyway_schema_history", "FLYWAY_SCHEMA_HISTORY"}) {
            try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), name, null)) {
                if (rs.next()) {
                    table = name;
                }
            }
        }
        if (table == null) {
            return false;
        }
        int newest = -1;
        try (java.sql.Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
            while (rs.next()) {
                if (!rs.getBoolean("success")) {
                    return false;
                }
                String version = rs.getString("version");
                if (version != null) {
                    try {
                        newest = Math.max(newest, Integer.parseInt(version));
                    } catch (NumberFormatException e) {
                        return false;
                    }
                }
            }
        }
        return newest == LATEST;
    }

    private static String latest(MigrationInfoService info) {
        return Arrays.stream(info.all()).filter(m -> m.getVersion() != null && !m.getState().name().startsWith("FUTURE"))
                .map(m -> m.getVersion().toString()).reduce((a, b) -> b).orElse("—");
    }

    /** Whether the connection's current schema has the table (in whichever case the database keeps names). */
    static boolean hasTable(DataSource dataSource, String table) {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (String name : new String[] {table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
                try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), name, new String[] {"TABLE", "BASE TABLE"})) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("无法读取数据库的表结构 / cannot read the store's tables", e);
        }
    }
}
