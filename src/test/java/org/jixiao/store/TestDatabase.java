package org.jixiao.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * A schema of its own on the test PostgreSQL, so tests never see each other's tables; {@link #url()} puts
 * it first on the search path, for this JVM and for the JVMs a test starts. Closing drops it. A test JVM
 * killed before that leaves its schema behind: schemas left more than a day ago are dropped by the next
 * test run.
 */
public final class TestDatabase implements AutoCloseable {

    private static final String PREFIX = "jxt_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static volatile boolean swept;

    private final String serverUrl;
    private final String schema;
    private HikariDataSource pool;

    private TestDatabase(String serverUrl, String schema) {
        this.serverUrl = serverUrl;
        this.schema = schema;
    }

    static TestDatabase create(String serverUrl) {
        String schema = PREFIX + LocalDateTime.now().format(STAMP) + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
        try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement()) {
            if (!swept) {
                sweep(c);
                swept = true;
            }
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema on " + redacted(serverUrl), e);
        }
        return new TestDatabase(serverUrl, schema);
    }

    public String schema() {
        return schema;
    }

    /** The JDBC URL, user and password included, whose connections work in this test's schema. */
    public String url() {
        return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A small pool on {@link #url()}, closed with this database. */
    public synchronized DataSource dataSource() {
        if (pool == null) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url());
            config.setMaximumPoolSize(6);
            config.setPoolName(schema);
            pool = new HikariDataSource(config);
        }
        return pool;
    }

    @Override
    public synchronized void close() throws SQLException {
        if (pool != null) {
            pool.close();
        }
        try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    /** Drops test schemas more than a day old, left by test JVMs that were killed. */
    private static void sweep(Connection c) throws SQLException {
        String dayAgo = LocalDateTime.now().minusDays(1).format(STAMP);
        List<String> old = new ArrayList<>();
        try (Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'jxt\\_%'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String stamp = name.substring(PREFIX.length(), Math.min(name.length(), PREFIX.length() + 14));
                if (stamp.compareTo(dayAgo) < 0) {
                    old.add(name);
                }
            }
        }
        for (String name : old) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            }
        }
    }

    /** The URL without its password, for messages. */
    static String redacted(String url) {
        return url == null ? null : url.replaceAll("(?i)(password=)[^&]*", "$1…");
    }
}
