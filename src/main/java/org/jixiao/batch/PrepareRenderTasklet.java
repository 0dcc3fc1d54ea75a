package org.jixiao.batch;

import java.io.IOException;
import org.jixiao.render.Reports;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Clears the parts an earlier run left in {@code .jixiao/parts/}, once per run: a step of its own, so
 * a restart (which skips completed steps) keeps the parts the departments already rendered. Compiles
 * the templates too, so that the render threads start at full speed and a broken template stops the
 * run before any PDF is written.
 */
class PrepareRenderTasklet implements Tasklet {

    private final Reports reports;

    PrepareRenderTasklet(Reports reports) {
        this.reports = reports;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        RunParameters run = RunParameters.of(context.getStepContext().getStepExecution().getJobParameters());
        new PartFolder(run.output()).clear();
        reports.templates().compileAll();
        return RepeatStatus.FINISHED;
    }
}
