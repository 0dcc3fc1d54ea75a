package org.jixiao.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.filing.FiledBlock;
import org.jixiao.filing.FiledRow;
import org.jixiao.findings.F01FileUnreadable;
import org.jixiao.ingest.ProjectKeys;
import org.jixiao.ingest.RawRow;
import org.jixiao.ingest.RowSource;
import org.jixiao.ingest.RowSources;
import org.jixiao.ingest.SourceItem;
import org.jixiao.ingest.SourceProblem;
import org.jixiao.store.BlockStore;
import org.jixiao.store.FileStore;
import org.jixiao.store.InputFile;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads every row of every file this run imports, file after file, streaming, and hands them on a
 * project at a time: the consecutive rows of one project, in blocks of one sheet each (at most
 * {@link #MAX_BLOCK} rows, so no block is large). A project is handed on whole — to be checked on
 * its way to the store — unless its key was already met earlier in the same file (its rows are
 * interrupted by another project's) or it runs past {@link #MAX_PROJECT_ROWS} rows; such projects are
 * checked from the store after the import. A file that cannot be read to the end yields a problem
 * item and the reader moves on. On a restart the partition is read again from its start (see the
 * constructor).
 */
class FilingRowReader extends AbstractItemCountingItemStreamItemReader<ImportItem> {

    static final int MAX_BLOCK = 500;
    /**
     * Rows of one project the reader holds before it hands them on unchecked: with chunks of 100 items
     * this bounds a chunk to 50,000 rows, as when items were single blocks. Real projects have tens.
     */
    static final int MAX_PROJECT_ROWS = MAX_BLOCK;

    private final int maxBlock;
    private final int maxProjectRows;
    private final FileStore files;
    private final ImportMeter meter;
    private final long runId;
    private final Path input;
    private final Deque<ImportItem> ready = new ArrayDeque<>();
    private List<InputFile> toImport;
    private int index;
    private RowSource source;
    private ProjectKeys keys;
    private int seq;
    private List<FiledRow> block = new ArrayList<>();
    /** Finished blocks of the project being read, with its row count and whether it is still whole. */
    private final List<FiledBlock> project = new ArrayList<>();
    private int projectRows;
    private boolean projectWhole;
    private final BlockStore.Storable storable = new BlockStore.Storable();
    /** Keys of the projects met so far in the current file. */
    private final Set<String> keysMet = new HashSet<>();

    private final Set<Long> fileIds;

    /** Reads the files of a run whose ids are given (the reader's partition), in path order. */
    FilingRowReader(FileStore files, ImportMeter meter, long runId, Path input, Set<Long> fileIds) {
        this(files, meter, runId, input, fileIds, MAX_BLOCK, MAX_PROJECT_ROWS);
    }

    /** With other limits than the standard ones, for tests. */
    FilingRowReader(FileStore files, ImportMeter meter, long runId, Path input, Set<Long> fileIds, int maxBlock, int maxProjectRows) {
        this.maxBlock = maxBlock;
        this.maxProjectRows = maxProjectRows;
        this.files = files;
        this.meter = meter;
        this.runId = runId;
        this.input = input;
        this.fileIds = fileIds;
        setName("filingRows");
        // By design a restarted partition reads its files again from the start, and the writers replace
        // what they wrote before (blocks, projects, findings, keys: each keyed by file and position).
        // A position within a file cannot be restored from a count: which project a row belongs to and
        // whether its rows were interrupted depend on every row before it (ProjectKeys, keysMet), so a
        // resumed reader would have to read up to it anyway. Reading a partition again costs seconds (the
        // import streams 50,000 rows a second); writing a count would buy nothing.
        setSaveState(false);
    }

    @Override
    protected void doOpen() {
        toImport = files.importedBy(runId).stream().filter(f -> fileIds.contains(f.id())).toList();
        index = 0;
    }

    @Override
    protected ImportItem doRead() throws IOException {
        while (ready.isEmpty() && index < toImport.size()) {
            step(toImport.get(index));
        }
        return ready.poll();
    }

    /** Reads one item of the current file, opening it first if needed. */
    private void step(InputFile file) throws IOException {
        if (source == null) {
            if (!asScanned(file, true)) {
                changedWhileRead(file);
                nextFile();
                return;
            }
            source = RowSources.openInside(input, file.path());
            keys = new ProjectKeys();
            storable.reset();
            seq = 0;
            keysMet.clear();
        }
        SourceItem item;
        try {
            item = source.next();
        } catch (IOException | RuntimeException e) {
            flush(file);
            ready.add(new ImportItem.Problem(file.id(), file.path(), new SourceProblem(F01FileUnreadable.importInterrupted(), 0)));
            nextFile();
            return;
        }
        if (item == null) {
            flush(file);
            if (!asScanned(file, false)) {
                changedWhileRead(file);
            }
            nextFile();
        } else if (item instanceof RawRow row) {
            // as the store will keep it, so the import's checks see what a check from the store would
            storable.apply(row.cells());
            String key = keys.assign(row);
            FiledRow filed = new FiledRow(file.id(), ++seq, row.source(), row.kind(), key, row.cells());
            if (!block.isEmpty() && !continuesBlock(filed)) {
                endBlock(file, !filed.projectKey().equals(block.get(0).projectKey()));
            }
            if (block.isEmpty() && project.isEmpty()) {
                projectWhole = keysMet.add(filed.projectKey());
            }
            block.add(filed);
        } else {
            ready.add(new ImportItem.Problem(file.id(), file.path(), (SourceProblem) item));
        }
    }

    /**
     * Whether the file still holds the bytes the scan hashed: checked before it is read and once it has
     * been read, so rows that came from other bytes (a clerk's tool rewriting it meanwhile) are never
     * recorded under the scan's digest, which later nights would take as read. A file that cannot be
     * hashed before is left to the opening, which says why; one gone by the end cannot vouch for what was read.
     */
    private boolean asScanned(InputFile file, boolean before) {
        try {
            return org.jixiao.filing.Sha256.of(org.jixiao.ingest.InputFolder.resolve(input, file.path())).equals(file.sha256());
        } catch (IOException | RuntimeException e) {
            return before;
        }
    }

    /** Refuses the file for tonight (F01) and keeps its content from being taken as read by any later night. */
    private void changedWhileRead(InputFile file) {
        files.changedWhileRead(file.id());
        ready.add(new ImportItem.Problem(file.id(), file.path(), new SourceProblem(F01FileUnreadable.changedWhileRead(), 0)));
    }

    private boolean continuesBlock(FiledRow row) {
        FiledRow first = block.get(0);
        return block.size() < maxBlock && row.projectKey().equals(first.projectKey())
                && row.source().sheet().equals(first.source().sheet());
    }

    /** Ends the file's last project: at the end of the file, or when it cannot be read further. */
    private void flush(InputFile file) {
        endBlock(file, true);
    }

    /**
     * Adds the current block to its project and, when the project ends there ({@code projectEnds}),
     * hands the project's blocks on. A project that would grow past {@link #maxProjectRows} is handed
     * on in parts, unchecked, so that no item — and no chunk of items — holds more rows than that.
     */
    private void endBlock(InputFile file, boolean projectEnds) {
        if (!block.isEmpty()) {
            if (!project.isEmpty() && projectRows + block.size() > maxProjectRows) {
                projectWhole = false;
                handOn(file);
            }
            FiledRow first = block.get(0);
            project.add(new FiledBlock(file.id(), first.source().sheet(), first.kind(), first.projectKey(), first.seq(), block));
            projectRows += block.size();
            block = new ArrayList<>();
        }
        if (projectEnds && !project.isEmpty()) {
            handOn(file);
        }
    }

    private void handOn(InputFile file) {
        ready.add(new ImportItem.Project(file.id(), file.path(), project.get(0).projectKey(), project, projectWhole, null));
        project.clear();
        projectRows = 0;
    }

    private void nextFile() throws IOException {
        meter.fileDone(toImport.get(index).bytes());
        index++;
        RowSource s = source;
        source = null;
        if (s != null) {
            s.close();
        }
    }

    @Override
    protected void doClose() throws IOException {
        ready.clear();
        block = new ArrayList<>();
        project.clear();
        projectRows = 0;
        keysMet.clear();
        if (source != null) {
            source.close();
            source = null;
        }
    }
}
