package org.jixiao.remote;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.beans.factory.BeanFactory;

/**
 * Finds the step a request names, and runs it only while its partition still waits for a worker.
 * Spring Batch's request handler runs whatever step execution a request names, whatever its status;
 * but a request can come back: its worker died after finishing (before the poll's transaction
 * committed), the manager gave the partition up, or the night it belongs to was abandoned or
 * restarted (new step executions, new requests). Such a request is taken off the queue and nothing
 * runs. A partition STARTED by a worker that died is resumed in place, from its last committed chunk.
 */
final class StartableOnly implements StepLocator {

    private static final Logger log = LoggerFactory.getLogger(StartableOnly.class);

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
                    log.info("分区 {}（{}）已不在等待（{}，作业 {}），请求已取下 / request for a partition no longer waiting taken off",
                            partition.getId(), partition.getStepName(), status, partition.getJobExecution().getStatus());
                    return;
                }
                log.info("{}分区 {}（{}） / {} partition", status == BatchStatus.STARTED ? "接着处理" : "处理", partition.getId(),
                        partition.getStepName(), status == BatchStatus.STARTED ? "resuming" : "taking");
                step.execute(partition);
                log.info("分区 {}（{}）：{}", partition.getId(), partition.getStepName(), partition.getStatus());
            }
        };
    }
}
