package org.jixiao.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jixiao.findings.Rule;
import org.jixiao.ingest.FiledBlock;
import org.jixiao.ingest.FiledRow;
import org.jixiao.ingest.ProjectKeys;
import org.jixiao.ingest.RawRow;
import org.jixiao.ingest.RowSource;
import org.jixiao.ingest.RowSources;
import org.jixiao.ingest.SourceItem;
import org.jixiao.ingest.SourceProblem;
import org.jixiao.store.FileStore;
import org.jixiao.store.InputFile;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads every row of every file this run imports, file after file, streaming, and hands them on in
 * blocks: the consecutive rows of one project in one sheet (at most {@link #MAX_BLOCK} rows, so no
 * block is large). A file that cannot be read to the end yields a problem item and the reader moves
 * on. On a restart the partition is read again from its start (see the constructor).
 */
class FilingRowReader extends AbstractItemCountingItemStreamItemReader<ImportItem> {

    static final int MAX_BLOCK = 500;

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

    private final java.util.Set<Long> fileIds;

    /** Reads the files of a run whose ids are given (the reader's partition), in path order. */
    FilingRowReader(FileStore files, ImportMeter meter, long runId, Path input, java.util.Set<Long> fileIds) {
        this.files = files;
        this.meter = meter;
        this.runId = runId;
        this.input = input;
        this.fileIds = fileIds;
        setName("filingRows");
        // Spring Batch 6.0.0 may save a reader's position apart from the chunk it read (spring-batch
        // #5182), so a restart must not trust it: the partition is read again from its start and the
        // writers replace what they wrote before.
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
            source = RowSources.open(input.resolve(file.path()), file.path());
            keys = new ProjectKeys();
            seq = 0;
        }
        SourceItem item;
        try {
            item = source.next();
        } catch (IOException | RuntimeException e) {
            flush(file);
            ready.add(new ImportItem.Problem(file.id(), file.path(), new SourceProblem(Rule.FILE_UNREADABLE, "", 0, "",
                    "读取中断：" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), 0)));
            nextFile();
            return;
        }
        if (item == null) {
            flush(file);
            nextFile();
        } else if (item instanceof RawRow row) {
            String key = keys.assign(row);
            FiledRow filed = new FiledRow(file.id(), ++seq, row.source(), row.kind(), key, row.cells());
            if (!block.isEmpty() && !continuesBlock(filed)) {
                flush(file);
            }
            block.add(filed);
        } else {
            ready.add(new ImportItem.Problem(file.id(), file.path(), (SourceProblem) item));
        }
    }

    private boolean continuesBlock(FiledRow row) {
        FiledRow first = block.get(0);
        return block.size() < MAX_BLOCK && row.projectKey().equals(first.projectKey())
                && row.source().sheet().equals(first.source().sheet());
    }

    private void flush(InputFile file) {
        if (!block.isEmpty()) {
            FiledRow first = block.get(0);
            ready.add(new ImportItem.Block(new FiledBlock(file.id(), first.source().sheet(), first.kind(), first.projectKey(),
                    first.seq(), block)));
            block = new ArrayList<>();
        }
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
        if (source != null) {
            source.close();
            source = null;
        }
    }
}
