package org.jixiao.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs {@link PostgresTest}s when the test PostgreSQL answers, skips them with one printed line when it
 * does not, and fails them when it does not under {@code CI=true}. Each {@link TestDatabase} parameter is a
 * fresh schema, dropped when the test (or, for a {@code @BeforeAll} parameter, the class) is done.
 */
final class PostgresExtension implements ExecutionCondition, ParameterResolver {

    static final String URL_VARIABLE = "JIXIAO_TEST_PG_URL";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresExtension.class);

    /** Asked once per test JVM: the answer is the same for every test. */
    private static volatile Availability availability;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Availability a = availability();
        if (a.reachable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + TestDatabase.redacted(a.url()));
        }
        if (a.ci()) {
            throw new ExtensionConfigurationException("CI=true and " + a.reason()
                    + ": the PostgreSQL tests must run in CI (.ci/run starts PostgreSQL and sets " + URL_VARIABLE + ")");
        }
        return ConditionEvaluationResult.disabled("PostgreSQL tests skipped: " + a.reason());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestDatabase db = TestDatabase.create(availability().url());
        // the store closes it (drops the schema) when the context that asked for it ends
        context.getStore(NAMESPACE).put(db.schema(), db);
        return db;
    }

    private static Availability availability() {
        Availability a = availability;
        if (a == null) {
            synchronized (PostgresExtension.class) {
                a = availability;
                if (a == null) {
                    a = Availability.of(System.getenv(), PostgresExtension::probe);
                    if (!a.reachable() && !a.ci()) {
                        // surefire shows skipped tests only as a count: say why once, where it is seen
                        System.out.println("PostgreSQL tests skipped: " + a.reason());
                    }
                    availability = a;
                }
            }
        }
        return a;
    }

    /** Null when the database answers, otherwise why not. */
    private static String probe(String url) {
        Properties options = new Properties();
        // generous: on a loaded two-core machine a login can take seconds; asked three times, a few seconds apart
        options.setProperty("connectTimeout", "20");
        options.setProperty("loginTimeout", "20");
        String problem = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try (Connection c = DriverManager.getConnection(url, options)) {
                if (c.isValid(20)) {
                    return null;
                }
                problem = "it does not answer";
            } catch (SQLException e) {
                problem = e.getMessage();
            }
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return problem;
    }

    /** Whether the tests can reach their PostgreSQL, and whether they run in CI. */
    record Availability(String url, boolean reachable, boolean ci, String reason) {

        interface Probe {
            /** Null when the database at {@code url} answers, otherwise why not. */
            String problem(String url);
        }

        static Availability of(Map<String, String> env, Probe probe) {
            boolean ci = "true".equalsIgnoreCase(env.get("CI"));
            String url = env.get(URL_VARIABLE);
            if (url == null || url.isBlank()) {
                return new Availability(null, false, ci, URL_VARIABLE + " is not set (.ci/run sets it; see README, Test it)");
            }
            String problem = probe.problem(url);
            if (problem != null) {
                return new Availability(url, false, ci, "no PostgreSQL reachable at " + TestDatabase.redacted(url) + " (" + problem + ")");
            }
            return new Availability(url, true, ci, null);
        }
    }
}
