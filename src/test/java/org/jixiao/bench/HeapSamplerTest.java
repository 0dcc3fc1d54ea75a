package org.jixiao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sampler's second figure: the most heap a collection left behind, what a run holds live. */
class HeapSamplerTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void whatACollectionLeavesIsSeen() throws InterruptedException {
        try (HeapSampler sampler = new HeapSampler(); HeapSampler.Watch watch = sampler.watch()) {
            byte[] live = new byte[64 * (int) MIB];
            System.gc();
            // notifications arrive on their own thread, a moment after the collection
            for (int i = 0; i < 100 && watch.peakAfterCollection() < 64 * MIB; i++) {
                Thread.sleep(50);
            }
            assertThat(live).hasSize(64 * (int) MIB);
            assertThat(watch.peakAfterCollection()).isGreaterThanOrEqualTo(64 * MIB).isLessThanOrEqualTo(HeapSampler.maxHeap());
        }
    }
}
