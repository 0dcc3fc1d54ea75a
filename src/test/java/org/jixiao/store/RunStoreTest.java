package org.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The run records that runs sharing one store go by: who runs a run, and its sign of life. */
class RunStoreTest {

    private JdbcTemplate jdbc;
    private RunStore runs;

    @BeforeEach
    void store() throws Exception {
        SingleConnectionDataSource db = new SingleConnectionDataSource("jdbc:h2:mem:runs" + System.nanoTime(), "sa", "", true);
        StoreSchema.migrate(db);
        jdbc = new JdbcTemplate(db);
        runs = new RunStore(jdbc);
    }

    @Test
    void twoRunsStartingWithTheSameIdCannotBothRecordIt() {
        runs.start(1, LocalDate.of(2026, 11, 21), "/a/input", "/a/output");
        assertThatThrownBy(() -> runs.start(1, LocalDate.of(2026, 11, 21), "/b/input", "/b/output"))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(runs.run(1)).hasValueSatisfying(r -> assertThat(r.output()).isEqualTo("/a/output"));
        assertThat(runs.run(2)).isEmpty();
    }

    @Test
    void theAgeOfAHeartbeatIsMeasuredByTheDatabasesClock() {
        runs.start(1, LocalDate.of(2026, 11, 21), "/a/input", "/a/output");
        assertThat(runs.secondsSinceBeat(1)).as("never beat").isNull();
        runs.beat(1);
        assertThat(runs.secondsSinceBeat(1)).isBetween(0L, 5L);
        jdbc.update("UPDATE jx_heartbeat SET beat_at = DATEADD('MINUTE', -3, CURRENT_TIMESTAMP)");
        assertThat(runs.secondsSinceBeat(1)).isBetween(175L, 185L);
        runs.beat(1);
        assertThat(runs.secondsSinceBeat(1)).as("renewed").isBetween(0L, 5L);
    }
}
