package org.jixiao.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jixiao.batch.NightStep;
import org.jixiao.batch.RunParameters;
import org.jixiao.store.RunStore;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Measures every step of the nightly job without the job knowing: as a bean post-processor it adds
 * itself as a listener to each step bean, so a step added later (the book, partitioned rendering) is
 * measured too. At each step's start and end it notes the time, the heap and what the run has done
 * so far in the store (input files, outputs, pages); the difference is the step's work.
 */
public final class StageMeter implements BeanPostProcessor, StepExecutionListener {

    /** What a run has done so far, as the store records it. */
    record Done(int files, int outputs, long pages) {
    }

    private record Started(long nanos, Done done, HeapSampler.Watch heap) {
    }

    private final HeapSampler heap;
    private final Map<Long, Started> running = new ConcurrentHashMap<>();
    private final List<Stage> stages = new ArrayList<>();
    private volatile RunStore runs;
    private volatile long runId = -1;

    StageMeter(HeapSampler heap) {
        this.heap = heap;
    }

    /** The store to count in; given once the application context is up (this meter exists before it). */
    void countIn(RunStore runs) {
        this.runs = runs;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractStep step) {
            step.registerStepExecutionListener(this);
        }
        return bean;
    }

    @Override
    public void beforeStep(StepExecution step) {
        Done done = done(step);
        running.put(step.getId(), new Started(System.nanoTime(), done, heap.watch()));
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        Started s = running.remove(step.getId());
        if (s == null) {
            return null;
        }
        double seconds = (System.nanoTime() - s.nanos()) / 1e9;
        s.heap().close();
        Done d = done(step);
        String name = step.getStepName();
        Stage stage = measured(name, s.done(), d, step.getWriteCount(), seconds, s.heap().peak());
        synchronized (stages) {
            stages.add(stage);
        }
        return null;
    }

    /**
     * The stages measured so far, in the job's order ({@link NightStep}; the render ends before or after the
     * tables and the 地区汇总表 it runs beside); a partition's workers are left to their
     * step. Import counts the rows read, which the store knows only once finishImport has tallied
     * them per file, so they are filled in here.
     */
    List<Stage> stages() {
        long rows = runId < 0 || runs == null ? 0 : runs.files(runId).stream().mapToLong(f -> f.file().rowsRead()).sum();
        synchronized (stages) {
            return stages.stream().filter(s -> !s.name().contains(":"))
                    .sorted(java.util.Comparator.comparingInt(s -> NightStep.of(s.name()).map(Enum::ordinal).orElse(Integer.MAX_VALUE)))
                    .map(s -> s.name().equals(NightStep.IMPORT.stepName()) ? new Stage(s.name(), s.label(), rows, "行", s.seconds(), s.peakHeapBytes()) : s)
                    .toList();
        }
    }

    /**
     * What a step did: the pages it wrote, the input files it registered (scan), the projects it
     * checked (check: those the import could not settle alone) or made current (finishImport: all the run's), the rows it read (import, see {@link #stages()}), else the files it wrote
     * or Batch's count of items written.
     */
    private Stage measured(String name, Done before, Done after, long written, double seconds, long peak) {
        String label = label(name);
        long pages = after.pages() - before.pages();
        if (pages > 0) {
            return new Stage(name, label, pages, "页", seconds, peak);
        }
        // only the job's own steps by name: a partition ("importFiles:partition0") is measured as is and left out by stages()
        NightStep step = NightStep.of(name).filter(s -> s.stepName().equals(name)).orElse(null);
        if (step != null) {
            switch (step) {
                case SCAN -> {
                    return new Stage(name, label, after.files() - before.files(), "个输入文件", seconds, peak);
                }
                case IMPORT -> {
                    return new Stage(name, label, 0, "行", seconds, peak);
                }
                case CHECK -> {
                    return new Stage(name, label, written, "个项目", seconds, peak);
                }
                case FINISH_IMPORT -> {
                    RunStore store = runs;
                    return new Stage(name, label, store == null || runId < 0 ? 0 : store.projectsRead(runId), "个项目", seconds, peak);
                }
                case MANIFEST -> {
                    // manifest.json lists the outputs and is not one of them
                    return new Stage(name, label, 1, "个输出文件", seconds, peak);
                }
                default -> {
                    // counted below as the files it wrote or the items it wrote
                }
            }
        }
        long outputs = after.outputs() - before.outputs();
        return outputs > 0 ? new Stage(name, label, outputs, "个输出文件", seconds, peak)
                : new Stage(name, label, written, written > 0 ? "项" : "", seconds, peak);
    }

    private Done done(StepExecution step) {
        RunStore store = runs;
        if (store == null) {
            return new Done(0, 0, 0);
        }
        runId = RunParameters.of(step.getJobParameters()).runId();
        int files = store.files(runId).size();
        int outputs = 0;
        long pages = 0;
        // the render runs beside the tables and the 地区汇总表: each counts only its own kind of file
        NightStep which = NightStep.of(step.getStepName()).orElse(null);
        java.util.function.Predicate<RunStore.Output> mine = which == NightStep.RENDER ? o -> o.department() != null
                : which == NightStep.PUBLISH_TABLES || which == NightStep.RENDER_SUMMARIES ? o -> o.department() == null : o -> true;
        for (RunStore.Output o : store.outputs(runId)) {
            // what the night made: the files it wrote, not those it kept, nor the parts it keeps for the books
            if (o.made() && !o.kind().equals("part") && mine.test(o)) {
                outputs++;
                pages += o.pages() == null ? 0 : o.pages();
            }
        }
        return new Done(files, outputs, pages);
    }

    /** The stage as the progress lines and the report name it. */
    static String label(String step) {
        return NightStep.of(step).filter(s -> s.stepName().equals(step)).map(NightStep::label).orElse(step);
    }
}
