package org.jixiao.batch;

import org.jixiao.render.Reports;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Compiles the templates whose source changed since they were last compiled, so that a broken template
 * stops the run before any PDF is written; the others are loaded from the compiled cache on first use.
 */
class PrepareRenderTasklet implements Tasklet {

    private final Reports reports;

    PrepareRenderTasklet(Reports reports) {
        this.reports = reports;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        reports.templates().compileChanged();
        return RepeatStatus.FINISHED;
    }
}
