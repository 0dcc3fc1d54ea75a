package org.jixiao.batch;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.FiledBlock;
import org.jixiao.findings.Finding;
import org.jixiao.ingest.SourceProblem;
import org.jixiao.store.BlockStore;
import org.jixiao.store.FindingStore;
import org.jixiao.store.ProjectStore;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores blocks of rows, the projects checked on the way and their findings, notes which projects the
 * check step must still see, and records file-level problems (with the rows they reject), all in the
 * chunk's transaction. Writing the same items again replaces them: a partition read again after a
 * crash leaves the store as one uninterrupted read would.
 */
class ImportWriter implements ItemWriter<ImportItem> {

    private final BlockStore blocks;
    private final ProjectStore projects;
    private final FindingStore findings;
    private final long runId;

    ImportWriter(BlockStore blocks, ProjectStore projects, FindingStore findings, long runId) {
        this.blocks = blocks;
        this.projects = projects;
        this.findings = findings;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends ImportItem> chunk) {
        List<FiledBlock> staged = new ArrayList<>(chunk.size());
        List<BlockStore.FiledKey> keys = new ArrayList<>(chunk.size());
        List<CheckProcessor.Checked> checked = new ArrayList<>(chunk.size());
        for (ImportItem item : chunk) {
            if (item instanceof ImportItem.Project p) {
                staged.addAll(p.blocks());
                keys.add(new BlockStore.FiledKey(p.fileId(), p.key(), !p.whole()));
                if (p.checked() != null) {
                    checked.add(p.checked());
                }
            } else if (item instanceof ImportItem.Problem p) {
                SourceProblem sp = p.problem();
                findings.replaceFileProblem(runId, p.fileId(),
                        new Finding(sp.rule(), p.path(), sp.sheet(), sp.row(), sp.column(), null, null, sp.message()), sp.rowsRejected());
            }
        }
        if (!staged.isEmpty()) {
            blocks.insert(runId, staged);
            blocks.recordKeys(runId, keys);
        }
        if (!checked.isEmpty()) {
            CheckWriter.store(checked, projects, findings);
        }
    }
}
