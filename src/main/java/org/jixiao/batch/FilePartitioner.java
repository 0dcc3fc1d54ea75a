package org.jixiao.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.store.FileStore;
import org.jixiao.store.InputFile;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the files a run imports into as many partitions as there are import threads, balanced by
 * size (largest first into the lightest partition), deterministically, so each thread streams its own
 * files. On a restart Spring Batch keeps the partitions it made the first time.
 */
class FilePartitioner implements Partitioner {

    static final String FILE_IDS = "fileIds";

    private final FileStore files;
    private final long runId;

    FilePartitioner(FileStore files, long runId) {
        this.files = files;
        this.runId = runId;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int n = Math.max(1, gridSize);
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        List<List<Long>> parts = assign(n);
        for (int i = 0; i < n; i++) {
            ExecutionContext c = new ExecutionContext();
            c.putString(FILE_IDS, parts.get(i).stream().map(String::valueOf).collect(Collectors.joining(",")));
            contexts.put(Partitions.name("files", i, n), c);
        }
        return contexts;
    }

    /**
     * The file ids of partition {@code i} of {@code n}: the same answer every time for the same run, so
     * a restarted partition reads the same files even if its saved context was lost in a crash.
     */
    List<Long> filesOf(int i, int n) {
        return assign(n).get(i);
    }

    private List<List<Long>> assign(int n) {
        List<InputFile> all = new ArrayList<>(files.importedBy(runId));
        all.sort(Comparator.comparingLong(InputFile::bytes).reversed().thenComparing(InputFile::path));
        List<List<Long>> parts = new ArrayList<>();
        long[] load = new long[n];
        for (int i = 0; i < n; i++) {
            parts.add(new ArrayList<>());
        }
        for (InputFile f : all) {
            int lightest = 0;
            for (int i = 1; i < n; i++) {
                lightest = load[i] < load[lightest] ? i : lightest;
            }
            parts.get(lightest).add(f.id());
            load[lightest] += f.bytes();
        }
        parts.forEach(p -> p.sort(null));
        return parts;
    }
}
