package org.jixiao.remote;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/** The settings of remote workers, as the command line takes them (README, Remote workers). */
public final class RemoteSettings {

    private RemoteSettings() {
    }

    /**
     * {@code jixiao.workers.*}: a night's with remote workers.
     *
     * @param waitMinutes ({@code wait}) minutes partitions may wait with no worker alive before the night stops (exit 1, resumable); 0 waits for ever
     * @param watch seconds between the night's looks at its workers (lost ones, none alive)
     * @param importFiles from how many files to read the import goes to the workers too
     */
    public record Manager(@Name("wait") @DefaultValue("30") BigDecimal waitMinutes, @DefaultValue("5") BigDecimal watch, @DefaultValue("200") int importFiles) {

        public Manager {
            if (waitMinutes.signum() < 0 || watch.signum() <= 0 || importFiles < 0) {
                throw new IllegalArgumentException("negative");
            }
        }
    }

    /**
     * {@code jixiao.worker.*}: a worker's.
     *
     * @param grace seconds a worker sent SIGTERM gives an import partition in hand to finish before handing it back
     * @param beat seconds between a worker's heartbeats; six missed and a night takes it for lost
     */
    public record Worker(@DefaultValue("60") long grace, @DefaultValue("5") BigDecimal beat) {

        public Worker {
            if (grace < 0 || beat.signum() <= 0) {
                throw new IllegalArgumentException("negative");
            }
        }
    }
}
