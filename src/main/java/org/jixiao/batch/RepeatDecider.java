package org.jixiao.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jixiao.filing.Sha256;
import org.jixiao.render.Templates;
import org.jixiao.roster.RosterReader;
import org.jixiao.store.RepeatStore;
import org.jixiao.store.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;

/**
 * After the scan, whether tonight repeats the night before: made from the same files (by path and
 * content, the ones not read too), the same roster, jixiao's version, checks, templates, printing and
 * run date — its digest — as the run just before it on the same output folder, which completed, and
 * every file that night published still as it wrote it. Such a night publishes exactly what that night
 * published (a night is a function of those), so it takes that night's records as its own ({@link
 * RepeatStore}) and goes straight to the manifest: no department, table or book is looked at again.
 * Any other night, a first or a changed one, runs every step. Decided again, the same way, when a
 * killed run resumes.
 */
class RepeatDecider implements JobExecutionDecider {

    private static final Logger log = LoggerFactory.getLogger(RepeatDecider.class);
    static final FlowExecutionStatus REPEAT = new FlowExecutionStatus("REPEAT");
    static final FlowExecutionStatus NIGHT = new FlowExecutionStatus("NIGHT");
    /** Where the job's context holds the run tonight repeats, for the step that copies it. */
    static final String REPEATS = "jixiao.repeats";

    private final RunStore runs;
    private final RepeatStore repeats;
    private final Fingerprints fingerprints;

    RepeatDecider(RunStore runs, RepeatStore repeats, Fingerprints fingerprints) {
        this.runs = runs;
        this.repeats = repeats;
        this.fingerprints = fingerprints;
    }

    @Override
    public FlowExecutionStatus decide(JobExecution job, StepExecution scan) {
        RunParameters run = RunParameters.of(job.getJobParameters());
        job.getExecutionContext().remove(REPEATS);
        try {
            String digest = digest(run);
            repeats.recordDigest(run.runId(), digest);
            boolean allRead = runs.files(run.runId()).stream()
                    .noneMatch(f -> f.action() == RunStore.Action.IMPORTED || f.action() == RunStore.Action.WITHDRAWN);
            Optional<Long> repeated = allRead ? repeats.repeated(run.runId(), digest).filter(n -> intact(run.output(), n))
                    : Optional.empty();
            if (repeated.isEmpty()) {
                return NIGHT;
            }
            log.info("本次的输入、设置与运行日期与第{}次运行相同，其输出均在原处未变：沿用其结果", repeated.get());
            job.getExecutionContext().putLong(REPEATS, repeated.get());
            return REPEAT;
        } catch (IOException | UncheckedIOException e) {
            // whatever cannot be looked at is worked out again
            log.info("无法确认本次与上次运行相同（{}）：照常运行", e.getMessage());
            return NIGHT;
        }
    }

    /** What tonight is made from: the files now in the input folder (as the scan found them), the roster, the settings. */
    private String digest(RunParameters run) throws IOException {
        Sha256 sha = new Sha256().add("night").add(Fingerprints.FORMAT).add(Fingerprints.VERSION).add(fingerprints.checks())
                .add(fingerprints.templatesOf(Templates.ALL.toArray(String[]::new))).add(run.printing().draft())
                .add(run.printing().duplex()).add(run.printing().archive()).add(run.runDate()).add(run.input()).add(run.output());
        for (RunStore.RunFile f : runs.files(run.runId())) {
            if (f.action() != RunStore.Action.WITHDRAWN) {
                sha.add("file").add(f.path()).add(f.file().sha256());
            }
        }
        for (RunStore.Ignored i : runs.ignored(run.runId())) {
            sha.add("ignored").add(i.path()).add(i.reason());
        }
        for (Path roster : rosters(run.input())) {
            sha.add("roster").add(roster.getFileName()).add(Sha256.of(roster));
        }
        return sha.hex();
    }

    /** The files at the top of the input folder a roster may be read from, by name. */
    private static List<Path> rosters(Path input) throws IOException {
        try (Stream<Path> files = Files.list(input)) {
            return files.filter(p -> RosterReader.FILE_NAMES.contains(p.getFileName().toString().toLowerCase(Locale.ROOT))).sorted()
                    .toList();
        }
    }

    /** Whether every file night {@code n} published, its book parts too, is still as it wrote or kept it. */
    private boolean intact(Path output, long n) {
        try {
            for (RunStore.Output o : runs.outputs(n)) {
                if (!Publications.intact(output.resolve(o.path()), o)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
