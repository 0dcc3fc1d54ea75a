package org.jixiao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the used heap every few milliseconds on a daemon thread; each {@link Watch} keeps the
 * highest value seen while it is open: the peak a stage reached, garbage included, which is what
 * runs into {@code -Xmx}. Watches may overlap (a partitioned step's workers inside their step). A
 * sample every 10 ms costs nothing measurable.
 */
final class HeapSampler implements AutoCloseable {

    private static final long EVERY_MILLIS = 10;

    /** The peak of one period, from {@link #watch()} to {@link #close()}. */
    final class Watch implements AutoCloseable {
        private final AtomicLong peak = new AtomicLong(used());

        void see(long used) {
            peak.accumulateAndGet(used, Math::max);
        }

        /** The highest use seen so far, this moment included. */
        long peak() {
            see(used());
            return peak.get();
        }

        @Override
        public void close() {
            see(used());
            watches.remove(this);
        }
    }

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    private volatile boolean running = true;

    HeapSampler() {
        thread = new Thread(this::sample, "jixiao-bench-heap");
        thread.setDaemon(true);
        thread.start();
    }

    Watch watch() {
        Watch w = new Watch();
        watches.add(w);
        return w;
    }

    private void sample() {
        while (running) {
            long used = used();
            for (Watch w : watches) {
                w.see(used);
            }
            try {
                Thread.sleep(EVERY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
