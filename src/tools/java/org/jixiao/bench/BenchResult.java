package org.jixiao.bench;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.batch.NightStep;
import org.jixiao.generate.Generated;
import org.jixiao.generate.Mix;

/**
 * Everything one benchmark run measured: the generated city, each stage (generate, start-up, every
 * step of the nightly job, the job as a whole), the OpenPDF lower bound, jixiao's pages by kind, and
 * where it ran.
 *
 * @param stages the table's lines in order; the job's steps are those between start-up and the job line
 * @param growth this run's job time over the previous scale's (L over M), when that one was measured here
 * @param jobHeapAfterCollection the most heap the job left after a garbage collection (an upper bound
 *     of what it held live), 0 when none ran
 */
record BenchResult(Scale scale, Mix mix, int threads, long seed, String command, ZonedDateTime measuredAt, Machine machine, Generated generated,
        List<Stage> stages, Stage job, Stage lowerBound, Map<String, Long> pagesByKind, Double growth, long jobHeapAfterCollection) {

    static final String GENERATE = "generate";
    static final String STARTUP = "startup";
    static final String JOB = "job";
    static final String LOWER_BOUND = "openpdf";

    /** Indicator rows per second through import and checks together (the bar: ≥ 100,000). */
    double importCheckRowsPerSecond() {
        double seconds = seconds(NightStep.IMPORT.stepName()) + seconds(NightStep.CHECK.stepName());
        return seconds > 0 ? job.items() / seconds : 0;
    }

    /** The kinds of PDF whose pages are filled from the store: the ones the lower bound writes too. */
    static final Set<String> RENDERED_KINDS = Set.of("targets-pdf", "self-evaluation-pdf", "summary-department-pdf", "summary-region-pdf",
            "summary-overall-pdf");
    /** The steps that fill them; the book and the disclosure editions only bind pages filled here. */
    static final List<String> RENDER_STEPS = List.of(NightStep.RENDER.stepName(), NightStep.RENDER_SUMMARIES.stepName());

    /**
     * Pages rendered per second: each page the lower bound also writes, counted once, over the seconds
     * of the steps that fill them. Bound copies (disclosure editions, the book) are not counted as
     * pages, though the render step's seconds include binding the disclosure editions.
     */
    double renderPagesPerSecond() {
        long pages = pagesByKind.entrySet().stream().filter(e -> RENDERED_KINDS.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
        double seconds = RENDER_STEPS.stream().mapToDouble(this::seconds).sum();
        return seconds > 0 ? pages / seconds : 0;
    }

    /** jixiao's rendering speed as a share of the lower bound's (the bar: ≥ 50%). */
    double renderRatio() {
        return lowerBound.perSecond() > 0 ? renderPagesPerSecond() / lowerBound.perSecond() : 0;
    }

    long peakHeapBytes() {
        return stages.stream().mapToLong(Stage::peakHeapBytes).max().orElse(0);
    }

    private double seconds(String step) {
        return stages.stream().filter(s -> s.name().equals(step)).mapToDouble(Stage::seconds).sum();
    }
}
