package org.jixiao.batch;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jixiao.store.FileStore;
import org.jixiao.store.InputFile;
import org.jixiao.store.ProjectStore;
import org.jixiao.store.RunStore;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Makes tonight's versions current (latest run wins, history kept): earlier versions of the same
 * paths and earlier versions of the same filings stop being current. A file no longer in the input
 * folder is withdrawn: its filings stop counting, and a filing it had replaced that is still in the
 * folder counts again. Then counts each file's rows
 * so that rows read = imported + rejected, and notes that the run's import is finished — in the same
 * transaction, so a run given up later is known to have made its versions current.
 */
class FinishImportTasklet implements Tasklet {

    private final FileStore files;
    private final ProjectStore projects;
    private final RunStore runs;

    FinishImportTasklet(FileStore files, ProjectStore projects, RunStore runs) {
        this.files = files;
        this.projects = projects;
        this.runs = runs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        long runId = RunParameters.of(context.getStepContext().getStepExecution().getJobParameters()).runId();
        files.supersedeEarlierVersions(runId);
        projects.supersedeEarlierFilings(runId);
        withdrawMissing(runId);
        for (InputFile f : files.importedBy(runId)) {
            files.recount(f.id());
        }
        runs.importFinished(runId);
        return RepeatStatus.FINISHED;
    }

    static final String WITHDRAWN = "文件已不在输入目录中，其申报不再计入（放回原处即重新计入）";

    private void withdrawMissing(long runId) {
        Set<ProjectStore.FilingKey> filings = new LinkedHashSet<>();
        for (InputFile gone : files.missingFrom(runId)) {
            filings.addAll(projects.filingsOf(gone.id()));
            files.retire(gone.id());
            runs.recordWithdrawn(runId, gone, WITHDRAWN);
        }
        filings.forEach(projects::restore);
    }
}
