package org.jixiao.batch;

import org.jixiao.render.Reports;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Compiles the templates once per run, so that the render threads start at full speed and a broken
 * template stops the run before any PDF is written.
 */
class PrepareRenderTasklet implements Tasklet {

    private final Reports reports;

    PrepareRenderTasklet(Reports reports) {
        this.reports = reports;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        reports.templates().compileAll();
        return RepeatStatus.FINISHED;
    }
}
