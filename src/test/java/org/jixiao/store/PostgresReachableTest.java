package org.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The test PostgreSQL: the version jixiao supports, and a schema of its own for each test. */
@PostgresTest
class PostgresReachableTest {

    @Test
    void theServerIsPostgreSql15OrNewerAndTheTestWorksInItsOwnSchema(TestDatabase db) {
        JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
        assertThat(jdbc.queryForObject("SHOW server_version_num", Integer.class)).isGreaterThanOrEqualTo(150000);
        assertThat(jdbc.queryForObject("SELECT current_schema()", String.class)).isEqualTo(db.schema());
        jdbc.execute("CREATE TABLE probe (id int)");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM information_schema.tables WHERE table_schema = ?", Integer.class,
                db.schema())).isEqualTo(1);
    }

    @Test
    void twoTestsNeverShareASchema(TestDatabase a, TestDatabase b) {
        assertThat(a.schema()).isNotEqualTo(b.schema());
    }

    @Test
    void closingTheDatabaseDropsItsSchema(TestDatabase db) throws Exception {
        TestDatabase other = TestDatabase.create(System.getenv(PostgresExtension.URL_VARIABLE));
        new JdbcTemplate(other.dataSource()).execute("CREATE TABLE probe (id int)");
        other.close();
        assertThat(new JdbcTemplate(db.dataSource()).queryForObject(
                "SELECT count(*) FROM pg_namespace WHERE nspname = ?", Integer.class, other.schema())).isZero();
    }
}
