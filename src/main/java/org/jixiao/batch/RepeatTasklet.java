package org.jixiao.batch;

import org.jixiao.store.RepeatStore;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** A night that repeats the night before ({@link RepeatDecider}) takes that night's records as its own, in one transaction. */
class RepeatTasklet implements Tasklet {

    private final RepeatStore repeats;

    RepeatTasklet(RepeatStore repeats) {
        this.repeats = repeats;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        StepExecution step = context.getStepContext().getStepExecution();
        long repeated = step.getJobExecution().getExecutionContext().getLong(RepeatDecider.REPEATS);
        repeats.repeat(repeated, RunParameters.of(step.getJobParameters()).runId());
        return RepeatStatus.FINISHED;
    }
}
