package org.jixiao.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.findings.Severity;
import org.jixiao.output.OutputFolder;
import org.jixiao.store.FindingStore;
import org.jixiao.store.ProjectStore;
import org.jixiao.store.RosterStore;
import org.jixiao.store.RunStore;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes manifest.json ({@link Manifest}): tonight's input files with their rows, every output with
 * its pages and sha256 — so an auditor can show that a published file came from the filings on record —
 * the outputs held back and why, and the night's counts; and keeps the night's figures with the run
 * for the history command.
 */
class ManifestTasklet implements Tasklet {

    static final String MANIFEST = "manifest.json";

    private final RunStore runs;
    private final FindingStore findings;
    private final ProjectStore projects;
    private final RosterStore rosters;
    private final Tonight tonight;

    ManifestTasklet(RunStore runs, FindingStore findings, ProjectStore projects, RosterStore rosters, Tonight tonight) {
        this.runs = runs;
        this.findings = findings;
        this.projects = projects;
        this.rosters = rosters;
        this.tonight = tonight;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        RunParameters run = RunParameters.of(context.getStepContext().getStepExecution().getJobParameters());
        Map<String, int[]> rows = projects.nightRowsByPath(run.runId());
        List<Manifest.Input> inputs = new ArrayList<>();
        int[] actions = new int[RunStore.Action.values().length];
        List<String> withdrawn = new ArrayList<>();
        List<Manifest.File> done = new ArrayList<>();
        List<Manifest.Ignored> ignored = runs.ignored(run.runId()).stream().map(i -> new Manifest.Ignored(i.path(), i.reason()))
                .toList();
        for (RunStore.RunFile f : runs.files(run.runId())) {
            actions[f.action().ordinal()]++;
            done.add(new Manifest.File(f.path(), f.action().name(), f.file().runId(), f.note()));
            if (f.action() == RunStore.Action.WITHDRAWN) {
                withdrawn.add(f.path());
                continue;
            }
            int[] night = rows.getOrDefault(f.path(), new int[2]);
            // every row read is a project's or was rejected with its file or sheet: what is not published tonight is rejected
            inputs.add(new Manifest.Input(f.path(), f.file().sha256(), f.file().bytes(), f.file().rowsRead(), night[0],
                    f.file().rowsRead() - night[0]));
        }
        List<Manifest.Output> outputs = new ArrayList<>();
        List<Manifest.Writer> writers = new ArrayList<>();
        for (RunStore.Output o : runs.outputs(run.runId())) {
            if (o.kind().equals(Publications.PART)) {
                continue;
            }
            outputs.add(new Manifest.Output(o.kind(), o.year(), o.region(), o.department(), o.path(), o.pages(), o.bytes(), o.sha256()));
            writers.add(new Manifest.Writer(o.path(), o.writtenBy(), o.worker()));
        }
        List<Manifest.Held> held = runs.held(run.runId()).stream()
                .map(h -> new Manifest.Held(h.kind(), h.year(), h.region(), h.department(), h.path(), h.reason())).toList();
        int[] departments = runs.departmentWork(run.runId());
        Long previous = runs.previousNight(run.runId()).orElse(null);
        List<org.jixiao.findings.Finding> found = tonight.findings(run.runId());
        int newErrors = findings.newErrors(found, previous);
        Manifest.Refused refused = new Manifest.Refused(findings.refusedFiles(run.runId()), projects.rejectedTonight(run.runId()));
        Map<String, Integer> counts = FindingStore.countsByName(found);
        Manifest manifest = new Manifest(new Manifest.Run(run.runId(), run.runDate().toString(), run.input().toString(),
                run.output().toString(), actions[RunStore.Action.IMPORTED.ordinal()], actions[RunStore.Action.UNCHANGED.ordinal()],
                actions[RunStore.Action.REUSED.ordinal()], withdrawn, runs.removed(run.runId()),
                new Manifest.Departments(departments[0], departments[1]), newErrors, done, writers), inputs,
                rosters.of(run.runId()).map(r -> new Manifest.Roster(r.path(), r.sha256(), r.bytes(), r.entries())).orElse(null), ignored,
                outputs, held, counts, refused);
        OutputFolder folder = new OutputFolder(run.output());
        folder.write(folder.resolve(MANIFEST), out -> ManifestJson.write(out, manifest));
        runs.recordFigures(run.runId(), new RunStore.Figures(inputs.size(), actions[RunStore.Action.IMPORTED.ordinal()],
                withdrawn.size(), refused.files(), refused.projects(), counts.get(Severity.错误.name()),
                counts.get(Severity.问题.name()), counts.get(Severity.提示.name()), newErrors, departments[0], departments[1]));
        projects.forgetEarlierNights(run.runId());
        return RepeatStatus.FINISHED;
    }
}
