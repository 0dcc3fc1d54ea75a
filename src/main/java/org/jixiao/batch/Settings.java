package org.jixiao.batch;

import org.jixiao.remote.RemoteSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code jixiao.*} settings a user may give on the command line, one record per concern under this
 * one: {@code jixiao.threads} here, {@code jixiao.scoring.*} in {@link ScoringProperties}. The command
 * line binds the user's {@code --jixiao.*} arguments to this record before anything starts and refuses
 * any it leaves unbound (a misspelt setting would otherwise change nothing in silence), so a setting
 * added here is accepted there, and one not here is refused. A new concern is a record of its own and
 * one more component.
 *
 * @param threads threads for the partitioned steps; 0 (the default) for one per core
 * @param scoring the scoring rules
 * @param workers a night's with remote workers ({@code --workers=remote})
 * @param worker a remote worker's ({@code jixiao worker})
 * @param quickCompile whether a short night compiles with C1 only ({@link QuickCompile}); true by default
 * @param tunedJvm whether a night started from the jar runs in a JVM started for it ({@link org.jixiao.cli.NightJvm},
 *        which reads this setting from the command line itself); true by default
 */
@ConfigurationProperties("jixiao")
public record Settings(@DefaultValue("0") int threads, @DefaultValue ScoringProperties scoring,
        @DefaultValue RemoteSettings.Manager workers, @DefaultValue RemoteSettings.Worker worker,
        @DefaultValue("true") boolean quickCompile, @DefaultValue("true") boolean tunedJvm) {

    /** More threads than this is a typing slip, not a machine. */
    public static final int MAX_THREADS = 999;

    public Settings {
        if (threads < 0 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads out of range: " + threads);
        }
    }

    /** The threads the partitioned steps run on: as configured, else one per core. */
    public int partitionThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
