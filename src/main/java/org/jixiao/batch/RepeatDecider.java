package org.jixiao.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jixiao.filing.Sha256;
import org.jixiao.render.Templates;
import org.jixiao.roster.RosterReader;
import org.jixiao.store.RepeatStore;
import org.jixiao.store.RosterStore;
import org.jixiao.store.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * After the scan, whether tonight repeats the night before: made from the same files (by path and
 * content, the ones not read too), the same roster, jixiao's version, checks, templates, printing and
 * run date — its digest — as the run just before it on the same output folder, which completed, and
 * every file that night published still as it wrote it. Such a night publishes exactly what that night
 * published (a night is a function of those), so it takes that night's records as its own ({@link
 * RepeatStore}) and goes straight to the manifest: no department, table or book is looked at again.
 * Any other night, a first or a changed one, runs every step.
 *
 * <p>A killed or stopped run is decided again when it resumes, but what its steps already did stands:
 * one that set out to work its night out goes on doing so (its steps may have published files the night
 * before did not, which a repeat would leave in the folder, recorded by no night); one that repeated and
 * must now work its night out (its roster changed, say) first forgets what it copied. And a run whose
 * digest is not the one it was first decided on (a roster or template changed while it was stopped) may
 * be made of both: no later night repeats it.
 */
class RepeatDecider implements JobExecutionDecider {

    private static final Logger log = LoggerFactory.getLogger(RepeatDecider.class);
    static final FlowExecutionStatus REPEAT = new FlowExecutionStatus("REPEAT");
    static final FlowExecutionStatus NIGHT = new FlowExecutionStatus("NIGHT");
    /** Where the job's context holds the run tonight repeats, for the step that copies it. */
    static final String REPEATS = "jixiao.repeats";
    /** Where the job's context notes that the run set out to work its night out: resumed, it goes on so. */
    static final String WORKS_OUT = "jixiao.worksOut";
    /** Where the job's context holds the digest the run was first decided on. */
    static final String DIGEST = "jixiao.digest";

    private final RunStore runs;
    private final RepeatStore repeats;
    private final Fingerprints fingerprints;
    private final RosterStore rosters;

    RepeatDecider(RunStore runs, RepeatStore repeats, Fingerprints fingerprints, RosterStore rosters) {
        this.runs = runs;
        this.repeats = repeats;
        this.fingerprints = fingerprints;
        this.rosters = rosters;
    }

    @Override
    public FlowExecutionStatus decide(JobExecution job, StepExecution scan) {
        RunParameters run = RunParameters.of(job.getJobParameters());
        ExecutionContext context = job.getExecutionContext();
        boolean copied = context.containsKey(REPEATS);
        boolean worksOut = context.containsKey(WORKS_OUT);
        context.remove(REPEATS);
        List<RunStore.RunFile> files = runs.files(run.runId());
        Optional<String> digest = digest(run, files);
        // resumed on what differs from what its first attempt read, the night may be made of both: it is like no
        // other night, and none repeats it ("" marks it so, and one that could not be digested)
        String first = context.containsKey(DIGEST) ? context.getString(DIGEST) : digest.orElse("");
        if (first.isEmpty() || !digest.equals(Optional.of(first))) {
            first = "";
        }
        context.putString(DIGEST, first);
        repeats.recordDigest(run.runId(), first.isEmpty() ? null : first);
        Optional<Long> repeated = worksOut || first.isEmpty() ? Optional.empty() : repeated(run, files, first);
        if (repeated.isEmpty()) {
            if (copied) {
                repeats.forget(run.runId());
            }
            context.putString(WORKS_OUT, "true");
            return NIGHT;
        }
        log.info("本次的输入、设置与运行日期与第{}次运行相同，其输出均在原处未变：沿用其结果", repeated.get());
        context.putLong(REPEATS, repeated.get());
        return REPEAT;
    }

    /** The night tonight repeats, if any: tonight read every file it has (none new, none gone) and that night's files are intact. */
    private Optional<Long> repeated(RunParameters run, List<RunStore.RunFile> files, String digest) {
        boolean allRead = files.stream()
                .noneMatch(f -> f.action() == RunStore.Action.IMPORTED || f.action() == RunStore.Action.WITHDRAWN);
        return allRead ? repeats.repeated(run.runId(), digest).filter(n -> intact(run.output(), n) && sameRoster(run.input(), n))
                : Optional.empty();
    }

    /**
     * Whether the roster now in the input folder is the one night {@code n} read: its consolidation reads the
     * roster after the digest is taken, so a roster edited while that night ran is in its digest as it was before.
     * A night whose roster could not be used (none recorded while a file is there) is not repeated.
     */
    private boolean sameRoster(Path input, long n) {
        try {
            Optional<RosterStore.RosterFile> read = rosters.of(n);
            if (read.isEmpty()) {
                return RosterReader.files(input).isEmpty();
            }
            Path file = input.resolve(read.get().path());
            return Files.isRegularFile(file) && Sha256.of(file).equals(read.get().sha256());
        } catch (IOException e) {
            return false;
        }
    }

    /** Tonight's digest; none when something it is made from cannot be read (the night is then worked out again). */
    private Optional<String> digest(RunParameters run, List<RunStore.RunFile> files) {
        try {
            return Optional.of(digestOf(run, files));
        } catch (IOException | UncheckedIOException e) {
            log.info("无法确认本次与上次运行相同（{}）：照常运行", e.getMessage());
            return Optional.empty();
        }
    }

    /** What tonight is made from: the files now in the input folder (as the scan found them), the roster, the settings. */
    private String digestOf(RunParameters run, List<RunStore.RunFile> files) throws IOException {
        Sha256 sha = new Sha256().add("night").add(Fingerprints.FORMAT).add(Fingerprints.VERSION).add(fingerprints.checks())
                .add(fingerprints.templatesOf(Templates.ALL.toArray(String[]::new))).add(run.printing().draft())
                .add(run.printing().duplex()).add(run.printing().archive()).add(run.runDate()).add(run.input()).add(run.output());
        for (RunStore.RunFile f : files) {
            if (f.action() != RunStore.Action.WITHDRAWN) {
                sha.add("file").add(f.path()).add(f.file().sha256());
            }
        }
        for (RunStore.Ignored i : runs.ignored(run.runId())) {
            sha.add("ignored").add(i.path()).add(i.reason());
        }
        for (Path roster : RosterReader.files(run.input())) {
            sha.add("roster").add(roster.getFileName()).add(Sha256.of(roster));
        }
        return sha.hex();
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
