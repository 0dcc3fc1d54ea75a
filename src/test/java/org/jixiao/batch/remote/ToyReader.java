package org.jixiao.batch.remote;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The item numbers of one partition. Its position is saved with each chunk (in the chunk's transaction
 * since Spring Batch 6.0.2), so a partition resumed by another worker goes on from the last commit.
 */
class ToyReader extends AbstractItemCountingItemStreamItemReader<Integer> {

    private int next;

    ToyReader(int items) {
        setName("toy");
        setMaxItemCount(items);
    }

    @Override
    protected Integer doRead() {
        return next++;
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        next = itemIndex;
    }

    @Override
    protected void doOpen() {
        next = 0;
    }

    @Override
    protected void doClose() {
    }
}
