package org.jixiao.batch;

import org.jixiao.store.FileStore;
import org.jixiao.store.InputFile;
import org.jixiao.store.ProjectStore;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Makes tonight's versions current (latest run wins, history kept): earlier versions of the same
 * paths and earlier versions of the same filings stop being current. Then counts each file's rows
 * so that rows read = imported + rejected.
 */
class FinishImportTasklet implements Tasklet {

    private final FileStore files;
    private final ProjectStore projects;

    FinishImportTasklet(FileStore files, ProjectStore projects) {
        this.files = files;
        this.projects = projects;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        long runId = RunParameters.of(context.getStepContext().getStepExecution().getJobParameters()).runId();
        files.supersedeEarlierVersions(runId);
        projects.supersedeEarlierFilings(runId);
        for (InputFile f : files.importedBy(runId)) {
            files.recount(f.id());
        }
        return RepeatStatus.FINISHED;
    }
}
