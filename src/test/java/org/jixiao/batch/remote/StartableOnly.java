package org.jixiao.batch.remote;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.beans.factory.BeanFactory;

/**
 * Finds the worker step for a request, and runs it only if its partition still waits for a worker.
 * Spring Batch's request handler executes whatever step execution a request names, whatever its status;
 * but a request can come back: its worker died after finishing (before the poll's transaction
 * committed), or the manager gave the partition up, or the night it belongs to was abandoned. Such a
 * request is taken off the queue and nothing is run. A partition STARTED by a worker that died is
 * resumed in place, from its last committed chunk.
 */
final class StartableOnly implements StepLocator {

    private final BeanFactory beans;

    StartableOnly(BeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public Step getStep(String stepName) {
        Step step = beans.getBean(stepName, Step.class);
        return new Step() {
            @Override
            public String getName() {
                return step.getName();
            }

            @Override
            public void execute(StepExecution partition) throws JobInterruptedException {
                BatchStatus status = partition.getStatus();
                boolean waiting = status == BatchStatus.STARTING || status == BatchStatus.STARTED;
                if (!waiting || !partition.getJobExecution().isRunning()) {
                    Spike.say("SKIP " + partition.getId() + " " + partition.getStepName() + " " + status + " job "
                            + partition.getJobExecution().getStatus());
                    return;
                }
                Spike.say((status == BatchStatus.STARTED ? "RESUME " : "TAKE ") + partition.getId() + " " + partition.getStepName());
                step.execute(partition);
                Spike.say("DONE " + partition.getId() + " " + partition.getStepName() + " " + partition.getStatus());
            }
        };
    }
}
