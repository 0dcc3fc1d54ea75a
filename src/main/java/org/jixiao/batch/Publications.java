package org.jixiao.batch;

import java.io.IOException;
import java.nio.file.Path;
import org.jixiao.output.OutputFolder;
import org.jixiao.store.RunStore;

/** Records what a step writes, so manifest.json and the history can list every output with its hash. */
final class Publications {

    private final OutputFolder folder;
    private final RunStore runs;
    private final long runId;

    Publications(OutputFolder folder, RunStore runs, long runId) {
        this.folder = folder;
        this.runs = runs;
        this.runId = runId;
    }

    OutputFolder folder() {
        return folder;
    }

    /** Writes a file atomically and records it. */
    OutputFolder.Written write(Path target, String kind, Integer year, String region, String department, Integer pages,
            OutputFolder.Content content) throws IOException {
        OutputFolder.Written w = folder.write(target, content);
        record(w, kind, year, region, department, pages);
        return w;
    }

    /** Renames a file finished under the output folder into place, and records it. */
    OutputFolder.Written publish(Path finished, Path target, String kind, Integer year, String region, String department,
            Integer pages) throws IOException {
        OutputFolder.Written w = folder.publish(finished, target);
        record(w, kind, year, region, department, pages);
        return w;
    }

    void record(OutputFolder.Written w, String kind, Integer year, String region, String department, Integer pages) {
        runs.recordOutput(runId, new RunStore.Output(w.path(), kind, year, region, department, pages, w.bytes(), w.sha256()));
    }
}
