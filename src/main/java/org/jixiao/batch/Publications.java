package org.jixiao.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.output.OutputFolder;
import org.jixiao.store.RunOwner;
import org.jixiao.store.RunStore;

/**
 * Writes a night's files and records them, so manifest.json and the history can list every output
 * with its hash — or keeps a file an earlier night wrote, when what it is made from has not changed.
 * An output is recorded with its fingerprint (everything it was made from) and its size and
 * modification time as written: a later night keeps it only if both still hold, so a file edited or
 * deleted by hand is made again.
 */
final class Publications {

    /** Kinds of the files jixiao keeps for itself (the parts of the books): recorded, never listed as published. */
    static final String PART = "part";

    private final OutputFolder folder;
    private final RunStore runs;
    private final long runId;
    private final Map<String, RunStore.Output> earlier;
    /** Kept files not recorded yet, when they are recorded together ({@link #deferringKept}); else null. */
    private List<RunStore.Output> keptToRecord;

    /** @param earlier the latest record of each file earlier nights wrote in the folder, by path */
    Publications(OutputFolder folder, RunStore runs, long runId, Map<String, RunStore.Output> earlier) {
        this.folder = folder;
        this.runs = runs;
        this.runId = runId;
        this.earlier = earlier;
    }

    /**
     * Records the files it keeps when {@link #recordKept} is called instead of group by group: a short night
     * keeps nearly every department's files, two statements per group otherwise. The render records them
     * as each chunk of departments is written, in the chunk's transaction.
     */
    Publications deferringKept() {
        keptToRecord = new ArrayList<>();
        return this;
    }

    /** Records the kept files not recorded yet. */
    void recordKept() {
        if (keptToRecord != null && !keptToRecord.isEmpty()) {
            runs.recordOutputs(runId, keptToRecord);
            keptToRecord = new ArrayList<>();
        }
    }

    OutputFolder folder() {
        return folder;
    }

    /**
     * Keeps the files of a group made together (a department's 申报表 with its part and disclosure
     * edition, say) when every one was recorded with this fingerprint and is still as written: they
     * are recorded for tonight as they are, and not written again. All or none.
     */
    boolean keep(List<Path> targets, String fingerprint) throws IOException {
        RunStore.Output[] found = new RunStore.Output[targets.size()];
        for (int i = 0; i < targets.size(); i++) {
            RunStore.Output o = earlier.get(relative(targets.get(i)));
            if (o == null || !fingerprint.equals(o.fingerprint()) || !intact(targets.get(i), o)) {
                return false;
            }
            found[i] = o;
        }
        List<RunStore.Output> kept = java.util.Arrays.stream(found).map(RunStore.Output::kept).toList();
        if (keptToRecord != null) {
            keptToRecord.addAll(kept);
        } else {
            runs.recordOutputs(runId, kept);
        }
        return true;
    }

    /**
     * Keeps every file earlier nights recorded that belongs to a group (the summary tables of a 年度,
     * say), when there is one and each was recorded with this fingerprint and is still as written:
     * for a group whose files are not known until it is made.
     */
    boolean keepGroup(java.util.function.Predicate<RunStore.Output> member, String fingerprint) throws IOException {
        List<Path> files = earlier.values().stream().filter(member).map(o -> folder.root().resolve(o.path())).toList();
        return !files.isEmpty() && keep(files, fingerprint);
    }

    static boolean intact(Path file, RunStore.Output o) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return a.size() == o.bytes() && o.modified() != null && a.lastModifiedTime().toMillis() == o.modified();
    }

    /** Writes a file atomically and records it with what it was made from. */
    OutputFolder.Written write(Path target, String kind, Integer year, String region, String department, Integer pages,
            String fingerprint, OutputFolder.Content content) throws IOException {
        Shutdown.beforePublishing(target);
        OutputFolder.Written w = folder.write(target, content);
        record(w, target, kind, year, region, department, pages, fingerprint);
        return w;
    }

    /** Renames a file finished under the output folder into place, and records it. */
    OutputFolder.Written publish(Path finished, Path target, String kind, Integer year, String region, String department,
            Integer pages, String fingerprint) throws IOException {
        Shutdown.beforePublishing(target);
        OutputFolder.Written w = folder.publish(finished, target);
        record(w, target, kind, year, region, department, pages, fingerprint);
        return w;
    }

    /** Records a file written by the output folder directly (a workbook), with what it was made from. */
    void record(OutputFolder.Written w, Path target, String kind, Integer year, String region, String department,
            Integer pages, String fingerprint) throws IOException {
        long modified = Files.getLastModifiedTime(target).toMillis();
        String path = relative(target);
        RunStore.Output before = earlier.get(path);
        boolean untouched = before != null && before.sha256().equals(w.sha256()) && before.modified() != null
                && before.modified() == modified;
        // made tonight either way; written by whoever wrote the bytes that are there
        runs.recordOutput(runId, new RunStore.Output(path, kind, year, region, department, pages, w.bytes(), w.sha256(), fingerprint,
                modified, untouched ? before.writtenBy() : runId, untouched ? before.worker() : RunOwner.worker(), true));
    }

    /** The path relative to the output folder, also for files under .jixiao (which {@link OutputFolder#resolve} would rename). */
    String relative(Path target) {
        return folder.relative(target);
    }
}
