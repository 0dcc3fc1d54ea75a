package org.jixiao.batch;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.findings.Finding;
import org.jixiao.ingest.FiledRow;
import org.jixiao.ingest.SourceProblem;
import org.jixiao.store.FileStore;
import org.jixiao.store.FindingStore;
import org.jixiao.store.RowStore;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stages rows and records file-level problems (with the rows they reject) in the chunk's transaction. */
class ImportWriter implements ItemWriter<ImportItem> {

    private final RowStore rows;
    private final FindingStore findings;
    private final FileStore files;
    private final long runId;

    ImportWriter(RowStore rows, FindingStore findings, FileStore files, long runId) {
        this.rows = rows;
        this.findings = findings;
        this.files = files;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends ImportItem> chunk) {
        List<FiledRow> staged = new ArrayList<>(chunk.size());
        for (ImportItem item : chunk) {
            if (item instanceof ImportItem.Row r) {
                staged.add(r.row());
            } else if (item instanceof ImportItem.Problem p) {
                SourceProblem sp = p.problem();
                findings.insert(runId, p.fileId(), null,
                        List.of(new Finding(sp.rule(), p.path(), sp.sheet(), sp.row(), sp.column(), null, null, sp.message())));
                if (sp.rowsRejected() > 0) {
                    files.addFileRejected(p.fileId(), sp.rowsRejected());
                }
            }
        }
        if (!staged.isEmpty()) {
            rows.insert(staged);
        }
    }
}
