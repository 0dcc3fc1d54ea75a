package org.jixiao.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.findings.FiledTwice;
import org.jixiao.store.FileStore;
import org.jixiao.store.FindingStore;
import org.jixiao.store.InputFile;
import org.jixiao.store.ProjectStore;
import org.jixiao.store.RunStore;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Ends the import and settles the night, in one transaction. The contents read tonight are counted
 * (rows read = imported + rejected) and marked complete, so later nights may take them as read. Then
 * the night's projects are worked out from the files now in the input folder — and only from them:
 * every project of every file there, under the path it is in tonight, a project filed in two files
 * published from the first in path order (E07). Whatever earlier nights saw, the night publishes what a
 * fresh run on the same folder would. Last, a note that the run's import is finished.
 */
class FinishImportTasklet implements Tasklet {

    private final FileStore files;
    private final ProjectStore projects;
    private final FindingStore findings;
    private final RunStore runs;

    FinishImportTasklet(FileStore files, ProjectStore projects, FindingStore findings, RunStore runs) {
        this.files = files;
        this.projects = projects;
        this.findings = findings;
        this.runs = runs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        long runId = RunParameters.of(context.getStepContext().getStepExecution().getJobParameters()).runId();
        for (InputFile f : files.importedBy(runId)) {
            files.recount(f.id());
        }
        files.completeAll(runId);
        settle(runId);
        runs.importFinished(runId);
        return RepeatStatus.FINISHED;
    }

    private void settle(long runId) {
        List<ProjectStore.NightEntry> night = projects.nightEntries(runId);
        List<FiledTwice.Copy> copies = new ArrayList<>(night.size());
        Map<FiledTwice.Copy, ProjectStore.NightEntry> entries = new HashMap<>();
        for (ProjectStore.NightEntry e : night) {
            FiledTwice.Copy c = new FiledTwice.Copy(e.path(), e.key(), e.sheet(), e.firstRow(), e.department(), e.name());
            copies.add(c);
            entries.put(c, e);
        }
        Set<ProjectStore.NightEntry> rejected = new HashSet<>();
        List<FindingStore.Located> found = new ArrayList<>();
        for (FiledTwice.Rejected r : FiledTwice.check(copies)) {
            ProjectStore.NightEntry e = entries.get(r.copy());
            rejected.add(e);
            found.add(new FindingStore.Located(e.fileId(), e.key(), r.finding(), 0));
        }
        projects.recordNight(runId, night, rejected);
        findings.replaceNight(runId, java.util.Set.of(org.jixiao.findings.Rule.PROJECT_DUPLICATE), found);
    }
}
