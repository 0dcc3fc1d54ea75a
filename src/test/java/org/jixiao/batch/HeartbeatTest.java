package org.jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.store.RunStore;
import org.junit.jupiter.api.Test;

/** A run's heartbeat: written at once, renewed until the run ends, never failing the run. */
class HeartbeatTest {

    @Test
    void beatsAtOnceThenAgainUntilClosedAndSurvivesAFailedBeat() throws Exception {
        AtomicInteger beats = new AtomicInteger();
        CountDownLatch fourBeats = new CountDownLatch(4);
        RunStore runs = new RunStore(null) {
            @Override
            public void beat(long runId) {
                assertThat(runId).isEqualTo(7);
                beats.incrementAndGet();
                fourBeats.countDown();
                if (beats.get() == 2) {
                    throw new IllegalStateException("store busy a moment");
                }
            }
        };
        try (Heartbeat alive = Heartbeat.start(runs, 7, Duration.ofMillis(20))) {
            assertThat(beats.get()).as("the first beat is written before the run goes on").isEqualTo(1);
            assertThat(fourBeats.await(10, TimeUnit.SECONDS)).as("beats go on after one failed").isTrue();
        }
        int atClose = beats.get();
        Thread.sleep(100);
        assertThat(beats.get()).as("no beat after the run ended").isEqualTo(atClose);
    }
}
