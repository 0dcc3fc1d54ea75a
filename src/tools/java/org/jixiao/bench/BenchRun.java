package org.jixiao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jixiao.batch.NightlyRun;
import org.jixiao.generate.Generated;
import org.jixiao.generate.Generator;
import org.jixiao.generate.Mix;
import org.jixiao.store.ProjectStore;
import org.jixiao.store.RunStore;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One benchmark (issue 7): generate a city of the scale's size into {@code <output>/bench-<scale>/input},
 * run the real nightly job on it in this JVM into {@code …/out} with a fixed run date, measure every
 * stage, write the same pages with OpenPDF into {@code …/openpdf} as the lower bound, and report. The
 * command line owns the Spring context; this class measures around it.
 */
public final class BenchRun implements AutoCloseable {

    /** Reports print the run date; a fixed one keeps every benchmark's outputs comparable. */
    public static final LocalDate RUN_DATE = LocalDate.of(2026, 1, 15);

    private final Scale scale;
    private final Mix mix;
    private final String name;
    private final Path folder;
    private final int threads;
    private final long seed;
    private final HeapSampler heap = new HeapSampler();
    private final StageMeter meter = new StageMeter(heap);
    private final List<Stage> stages = new ArrayList<>();
    private Generated generated;
    private Stage job;
    private Stage lowerBound;
    private long jobHeapAfterCollection;
    private long runId;

    /** @param mix all three shapes ({@code bench-<scale>}), or flat CSV only ({@code bench-<scale>-csv}) */
    public BenchRun(Scale scale, Mix mix, Path output, int threads, long seed) {
        this.scale = scale;
        this.mix = mix;
        this.name = name(scale, mix);
        this.folder = output.resolve(name);
        this.threads = threads;
        this.seed = seed;
    }

    public Scale scale() {
        return scale;
    }

    public long seed() {
        return seed;
    }

    /** {@code bench-M}, {@code bench-M-csv}: the folder's and the table files' name. */
    public String name() {
        return name;
    }

    public static String name(Scale scale, Mix mix) {
        return "bench-" + scale + (mix == Mix.CSV ? "-csv" : "");
    }

    public Path folder() {
        return folder;
    }

    public Path input() {
        return folder.resolve("input");
    }

    public Path output() {
        return folder.resolve("out");
    }

    /** Removes what an earlier benchmark of this scale left (only what a benchmark writes), then generates the city. */
    public Generated generate() throws Exception {
        for (String left : List.of("input", "out", "openpdf", name + ".csv", name + ".md")) {
            delete(folder.resolve(left));
        }
        generated = measure(BenchResult.GENERATE, "生成", () -> new Generator().generate(scale.projects(), seed, mix, input()), g -> g.rows(),
                "行");
        return generated;
    }

    /** Lets the meter add itself to every step; call from an initializer, before the context is refreshed. */
    public void instrument(ConfigurableApplicationContext context) {
        context.getBeanFactory().addBeanPostProcessor(meter);
    }

    /** Starts the application context, timed as the start-up stage. */
    public ConfigurableApplicationContext start(Callable<ConfigurableApplicationContext> startup) throws Exception {
        ConfigurableApplicationContext context = measure(BenchResult.STARTUP, "启动", startup, c -> 0, "");
        meter.countIn(context.getBean(RunStore.class));
        return context;
    }

    /** The nightly job, start to finish, each step measured on its own. */
    public NightlyRun.Outcome runJob(ConfigurableApplicationContext context) throws Exception {
        long started = System.nanoTime();
        NightlyRun.Outcome outcome;
        try (HeapSampler.Watch watch = heap.watch()) {
            outcome = context.getBean(NightlyRun.class).run(input(), output(), RUN_DATE, true);
            stages.addAll(meter.stages());
            job = new Stage(BenchResult.JOB, "合计（端到端）", generated.rows(), "行", (System.nanoTime() - started) / 1e9, watch.peak());
            jobHeapAfterCollection = watch.peakAfterCollection();
        }
        stages.add(job);
        runId = outcome.runId();
        return outcome;
    }

    /** The same pages written with OpenPDF directly, on as many threads as jixiao renders with. */
    public void runLowerBound(ConfigurableApplicationContext context) throws Exception {
        LowerBound.Result r = new LowerBound(context.getBean(ProjectStore.class), runId, folder.resolve("openpdf"), threads, heap).run();
        lowerBound = new Stage(BenchResult.LOWER_BOUND, "OpenPDF 下限", r.pages(), "页", r.seconds(), r.peakHeapBytes());
        stages.add(lowerBound);
    }

    /**
     * Writes {@code bench-<scale>.csv} and {@code .md} into the benchmark's folder and returns the table for the terminal.
     *
     * @param args the command's arguments ({@code bench --scale=M}), shown with this JVM's heap options
     */
    public String report(ConfigurableApplicationContext context, String args) throws IOException {
        Map<String, Long> pages = new TreeMap<>();
        for (RunStore.Output o : context.getBean(RunStore.class).outputs(runId)) {
            if (o.pages() != null && o.pages() > 0) {
                pages.merge(o.kind(), (long) o.pages(), Long::sum);
            }
        }
        Machine machine = Machine.thisOne();
        String command = String.join(" ", "java", String.join(" ", machine.jvmOptions()), "-jar target/jixiao.jar", args)
                .replaceAll(" +", " ");
        BenchResult result = new BenchResult(scale, mix, threads, seed, command, ZonedDateTime.now(), machine, generated,
                List.copyOf(stages), job, lowerBound, pages, growth(), jobHeapAfterCollection);
        BenchReport report = new BenchReport(result);
        Files.writeString(folder.resolve(name + ".csv"), report.csv(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(name + ".md"), report.markdown(), StandardCharsets.UTF_8);
        return report.text();
    }

    /** L's job time over M's, when M was benchmarked with the same shapes into the same output folder. */
    private Double growth() throws IOException {
        if (scale != Scale.L) {
            return null;
        }
        String m = name(Scale.M, mix);
        Path table = folder.resolveSibling(m).resolve(m + ".csv");
        Double seconds = Files.isRegularFile(table) ? BenchReport.jobSeconds(Files.readAllLines(table, StandardCharsets.UTF_8)) : null;
        return seconds == null || seconds <= 0 ? null : job.seconds() / seconds;
    }

    private <T> T measure(String name, String label, Callable<T> work, java.util.function.ToLongFunction<T> items, String unit)
            throws Exception {
        long started = System.nanoTime();
        try (HeapSampler.Watch watch = heap.watch()) {
            T result = work.call();
            stages.add(new Stage(name, label, items.applyAsLong(result), unit, (System.nanoTime() - started) / 1e9, watch.peak()));
            return result;
        }
    }

    static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Override
    public void close() {
        heap.close();
    }
}
