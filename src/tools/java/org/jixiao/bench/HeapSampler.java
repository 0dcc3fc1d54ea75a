package org.jixiao.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the used heap every few milliseconds on a daemon thread; each {@link Watch} keeps the
 * highest value seen while it is open: the peak a stage reached, garbage included. With G1 that peak
 * says more about {@code -Xmx} than about the run (the collector lets garbage fill the heap it is
 * given before it collects), so each watch also keeps the most heap left after a collection: an upper
 * bound of what the run held live, the figure to size a server by. Watches may overlap (a partitioned
 * step's workers inside their step). A sample every 10 ms costs nothing measurable.
 */
final class HeapSampler implements AutoCloseable {

    private static final long EVERY_MILLIS = 10;

    /** The peak of one period, from {@link #watch()} to {@link #close()}. */
    final class Watch implements AutoCloseable {
        private final AtomicLong peak = new AtomicLong(used());
        private final AtomicLong afterCollection = new AtomicLong();

        void see(long used) {
            peak.accumulateAndGet(used, Math::max);
        }

        void seeAfterCollection(long used) {
            afterCollection.accumulateAndGet(used, Math::max);
        }

        /** The most heap left after a collection while this watch was open; 0 when none ran. */
        long peakAfterCollection() {
            return afterCollection.get();
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
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final NotificationListener collected = this::collected;
    private final List<NotificationEmitter> collectors = new ArrayList<>();

    HeapSampler() {
        thread = new Thread(this::sample, "jixiao-bench-heap");
        thread.setDaemon(true);
        thread.start();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(collected, null, null);
                collectors.add(emitter);
            }
        }
    }

    /** After each collection: the heap's pools as the collector left them. */
    private void collected(Notification n, Object handback) {
        if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        for (Watch w : watches) {
            w.seeAfterCollection(used);
        }
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
        for (NotificationEmitter emitter : collectors) {
            try {
                emitter.removeNotificationListener(collected);
            } catch (javax.management.ListenerNotFoundException e) {
                // already gone
            }
        }
    }
}
