package org.jixiao.batch;

import java.util.function.ToLongFunction;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Tells {@link Progress} where a chunk step is: at its start the total (counted when the step runs,
 * from its job parameters), after each written chunk the items done so far. A restarted
 * step resumes from its committed count.
 */
class ProgressListener implements StepExecutionListener, ItemWriteListener<Object> {

    private final Progress progress;
    private final String stage;
    private final String unit;
    private final ToLongFunction<StepExecution> total;
    private long done;

    ProgressListener(Progress progress, String stage, String unit, ToLongFunction<StepExecution> total) {
        this.progress = progress;
        this.stage = stage;
        this.unit = unit;
        this.total = total;
    }

    @Override
    public void beforeStep(StepExecution step) {
        done = step.getWriteCount();
        progress.begin(stage, total.applyAsLong(step), unit);
    }

    @Override
    public void afterWrite(Chunk<?> items) {
        done += items.size();
        progress.advance(done, null);
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        progress.end(step.getWriteCount() + " " + unit);
        return null;
    }
}
