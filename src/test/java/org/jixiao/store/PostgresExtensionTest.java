package org.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jixiao.store.PostgresExtension.Availability;
import org.junit.jupiter.api.Test;

/** When PostgreSQL tests run, are skipped, or fail: decided from the environment and one probe. */
class PostgresExtensionTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/t?user=u&password=secret";

    @Test
    void withoutAUrlTheTestsAreSkippedAndTheReasonNamesTheVariable() {
        Availability a = Availability.of(Map.of(), url -> null);
        assertThat(a.reachable()).isFalse();
        assertThat(a.ci()).isFalse();
        assertThat(a.reason()).contains("JIXIAO_TEST_PG_URL is not set");
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsNamedWithoutItsPassword() {
        Availability a = Availability.of(Map.of("JIXIAO_TEST_PG_URL", URL, "CI", "true"), url -> "Connection refused");
        assertThat(a.reachable()).isFalse();
        assertThat(a.ci()).isTrue();
        assertThat(a.reason()).contains("127.0.0.1:5432", "Connection refused").doesNotContain("secret");
    }

    @Test
    void aDatabaseThatAnswersRunsTheTests() {
        Availability a = Availability.of(Map.of("JIXIAO_TEST_PG_URL", URL, "CI", "false"), url -> null);
        assertThat(a.reachable()).isTrue();
        assertThat(a.url()).isEqualTo(URL);
    }
}
