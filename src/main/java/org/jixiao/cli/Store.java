package org.jixiao.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jixiao.store.RunOwner;

/**
 * Where the store lives: jixiao's own H2 file in {@code <output>/.jixiao/} unless {@code --store} gives
 * the JDBC URL of another database — H2, or PostgreSQL (which the PostgreSQL-derived 信创 databases
 * speak), whose URL carries its user and password.
 */
public final class Store {

    static final String FOLDER = ".jixiao";
    private static final String H2 = "jdbc:h2:";
    private static final String POSTGRESQL = "jdbc:postgresql:";

    private Store() {
    }

    /** Refuses a {@code --store} URL of a database jixiao does not ship a driver for. */
    public static String checked(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        if (!u.toLowerCase(Locale.ROOT).startsWith(H2) && !u.toLowerCase(Locale.ROOT).startsWith(POSTGRESQL)) {
            throw new Cli.UsageException("--store 应为 PostgreSQL 或 H2 的 JDBC URL，如 jdbc:postgresql://主机:5432/数据库?user=…&password=… / "
                    + "--store must be a PostgreSQL or H2 JDBC URL: " + redacted(u));
        }
        return u;
    }

    /** Whether a {@code --store} URL names a PostgreSQL database. */
    public static boolean isPostgres(String url) {
        return url != null && url.strip().toLowerCase(Locale.ROOT).startsWith(POSTGRESQL);
    }

    /**
     * Spring's settings for a command on this store; {@code role} names this process's database sessions
     * on PostgreSQL ({@code jixiao-night host:pid}), so an administrator — and a night's manager fencing a
     * worker that stopped answering — can tell them apart.
     */
    static Map<String, Object> defaults(Path output, String url, String role) {
        Map<String, Object> p = new HashMap<>();
        String store = checked(url);
        p.put("spring.datasource.url", isPostgres(store) ? store : closedBySpring(store != null ? store : fileUrl(output)));
        // jixiao's own store lives in the output folder and goes where it goes (NightlyRun)
        p.put("jixiao.store.in-output", store == null);
        if (isPostgres(store)) {
            p.put("spring.datasource.hikari.data-source-properties.ApplicationName", applicationName(role));
        } else {
            // H2's own account; a PostgreSQL URL carries its user and password
            p.put("spring.datasource.username", "sa");
            p.put("spring.datasource.password", "");
        }
        // The terminal gets jixiao's own report; the log (with stack traces) goes to the store folder.
        p.put("logging.file.name", output.resolve(FOLDER).resolve("jixiao.log").toString());
        p.put("logging.threshold.console", "OFF");
        // what jixiao keeps from night to night besides the store: compiled templates
        p.put("jixiao.cache", output.resolve(FOLDER).resolve("cache").toString());
        return p;
    }

    public static Map<String, Object> defaults(Path output, String url) {
        return defaults(output, url, "night");
    }

    /** The application name of this process's sessions on PostgreSQL, as {@code pg_stat_activity} shows it. */
    static String applicationName(String role) {
        return "jixiao-" + role + " " + RunOwner.worker();
    }

    /**
     * H2 closes a database from a shutdown hook of its own, by default: on SIGTERM it closed the store
     * under the night's steps while they were still stopping. Spring closes it, last.
     */
    static String closedBySpring(String h2Url) {
        return h2Url.toUpperCase(Locale.ROOT).contains("DB_CLOSE_ON_EXIT") ? h2Url : h2Url + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    static String fileUrl(Path output) {
        Path db = output.resolve(FOLDER).resolve("store").toAbsolutePath();
        return "jdbc:h2:file:" + db.toString().replace('\\', '/');
    }

    /** A URL as it may be shown: without its password. */
    static String redacted(String url) {
        return url == null ? null : url.replaceAll("(?i)(password=)[^&;]*", "$1…");
    }
}
