package org.jixiao.batch;

import java.util.function.Supplier;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

/**
 * A worker step that builds a fresh step for each partition it executes. Spring Batch 6's
 * ChunkOrientedStep keeps the state of an execution (its chunk tracker) in the step object, so one
 * instance must not run two partitions at once; its readers and writers are step-scoped, one per
 * partition, either way.
 */
final class StepPerPartition implements Step {

    private final String name;
    private final Supplier<Step> build;

    StepPerPartition(String name, Supplier<Step> build) {
        this.name = name;
        this.build = build;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void execute(StepExecution stepExecution) throws JobInterruptedException {
        build.get().execute(stepExecution);
    }
}
