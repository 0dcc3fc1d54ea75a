package org.jixiao.batch;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Marks the start and end of a one-shot (tasklet) stage on {@link Progress}. */
class StageListener implements StepExecutionListener {

    private final Progress progress;
    private final String stage;

    StageListener(Progress progress, String stage) {
        this.progress = progress;
        this.stage = stage;
    }

    @Override
    public void beforeStep(StepExecution step) {
        progress.begin(stage, 0, "");
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        progress.end(stage, step.getStatus().isUnsuccessful() ? "失败" : "完成");
        return null;
    }
}
