package org.jixiao.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.findings.Rule;
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
 * Reads every row of every file this run imports, file after file, streaming. Each row is keyed to
 * its project and numbered within its file. A file that cannot be read to the end yields a problem
 * item and the reader moves on. Restart state is the item count (the order is deterministic).
 */
class FilingRowReader extends AbstractItemCountingItemStreamItemReader<ImportItem> {

    private final FileStore files;
    private final ImportMeter meter;
    private final long runId;
    private final Path input;
    private List<InputFile> toImport;
    private int index;
    private RowSource source;
    private ProjectKeys keys;
    private int seq;

    FilingRowReader(FileStore files, ImportMeter meter, long runId, Path input) {
        this.files = files;
        this.meter = meter;
        this.runId = runId;
        this.input = input;
        setName("filingRows");
    }

    @Override
    protected void doOpen() {
        toImport = files.importedBy(runId);
        index = 0;
        meter.start(toImport.size(), toImport.stream().mapToLong(InputFile::bytes).sum());
    }

    @Override
    protected ImportItem doRead() throws IOException {
        while (index < toImport.size()) {
            InputFile file = toImport.get(index);
            if (source == null) {
                source = RowSources.open(input.resolve(file.path()), file.path());
                keys = new ProjectKeys();
                seq = 0;
            }
            SourceItem item;
            try {
                item = source.next();
            } catch (IOException | RuntimeException e) {
                nextFile();
                return new ImportItem.Problem(file.id(), file.path(), new SourceProblem(Rule.FILE_UNREADABLE, "", 0, "",
                        "读取中断：" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), 0));
            }
            if (item == null) {
                nextFile();
            } else if (item instanceof RawRow row) {
                String key = keys.assign(row);
                return new ImportItem.Row(new FiledRow(file.id(), ++seq, row.source(), row.kind(), key, row.cells()));
            } else {
                return new ImportItem.Problem(file.id(), file.path(), (SourceProblem) item);
            }
        }
        return null;
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
        if (source != null) {
            source.close();
            source = null;
        }
    }
}
