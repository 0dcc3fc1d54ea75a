package org.jixiao.bench;

/**
 * One line of the benchmark table: a stage (a step of the nightly job, or the benchmark's own
 * generate, start-up and OpenPDF stages), what it did, how long it took and the heap it reached.
 *
 * @param name the step's name ({@code import}) or the benchmark's ({@code generate})
 * @param label the stage as the operator knows it (导入)
 * @param items units of work done; 0 when the stage has none to count
 * @param unit what {@code items} counts (行, 页, 个文件 …)
 */
public record Stage(String name, String label, long items, String unit, double seconds, long peakHeapBytes) {

    /** Items per second; 0 when there is nothing to count or no time passed. */
    public double perSecond() {
        return items > 0 && seconds > 0 ? items / seconds : 0;
    }

    public double peakHeapMiB() {
        return peakHeapBytes / (1024.0 * 1024.0);
    }
}
