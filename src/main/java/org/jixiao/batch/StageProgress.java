package org.jixiao.batch;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Progress of a stage that runs in partitions: the stage begins and ends with its manager step, and
 * every partition's written chunks advance one shared count. A stage may measure its progress in its
 * own terms (import: thousandths of the input's bytes) and show the items written beside it.
 */
final class StageProgress {

    private final Progress progress;
    private final String stage;
    private final String unit;
    private final ToLongFunction<StepExecution> total;
    private final AtomicLong items = new AtomicLong();
    private LongSupplier measure;
    private Supplier<String> detail;

    /** A stage measured in the items its partitions write, out of {@code total}. */
    StageProgress(Progress progress, String stage, String unit, ToLongFunction<StepExecution> total) {
        this.progress = progress;
        this.stage = stage;
        this.unit = unit;
        this.total = total;
        this.measure = items::get;
        this.detail = () -> null;
    }

    /** Measures the stage by another count than its items written, with a detail line. */
    StageProgress measuredBy(LongSupplier measure, Supplier<String> detail) {
        this.measure = measure;
        this.detail = detail;
        return this;
    }

    long items() {
        return items.get();
    }

    /** For the manager (partition) step: the stage's start and end. */
    StepExecutionListener manager() {
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution step) {
                items.set(0);
                progress.begin(stage, total.applyAsLong(step), unit);
            }

            @Override
            public ExitStatus afterStep(StepExecution step) {
                // partitions run by remote workers counted nothing here: their sum, as the repository has it
                items.compareAndSet(0, step.getWriteCount());
                progress.end(stage, summary());
                return null;
            }
        };
    }

    /** For the worker steps: each written chunk advances the shared count. */
    <T> ItemWriteListener<T> workers(ToLongFunction<T> itemsOf) {
        return new ItemWriteListener<>() {
            @Override
            public void afterWrite(Chunk<? extends T> chunk) {
                long n = 0;
                for (T item : chunk) {
                    n += itemsOf.applyAsLong(item);
                }
                items.addAndGet(n);
                progress.advance(stage, measure.getAsLong(), detail.get());
            }
        };
    }

    private String summary() {
        String d = detail.get();
        return d != null ? d : items.get() + " " + unit;
    }
}
