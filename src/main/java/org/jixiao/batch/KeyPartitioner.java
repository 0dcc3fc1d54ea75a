package org.jixiao.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the projects to check by a hash of their key, so each thread checks its own projects and
 * every file's copy of a key — a project filed twice — lands in the same partition.
 */
class KeyPartitioner implements Partitioner {

    static final String PART = "part";
    static final String PARTS = "parts";

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int n = Math.max(1, gridSize);
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            ExecutionContext c = new ExecutionContext();
            c.putInt(PART, i);
            c.putInt(PARTS, n);
            contexts.put(Partitions.name("keys", i, n), c);
        }
        return contexts;
    }
}
