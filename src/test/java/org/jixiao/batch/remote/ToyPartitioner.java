package org.jixiao.batch.remote;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** {@code count} partitions of {@code items} items each; a partition knows its index from its context. */
final class ToyPartitioner implements Partitioner {

    private final int count;
    private final int items;

    ToyPartitioner(int count, int items) {
        this.count = count;
        this.items = items;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int p = 0; p < count; p++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt("partition", p);
            context.putInt("items", items);
            partitions.put("p" + p, context);
        }
        return partitions;
    }
}
