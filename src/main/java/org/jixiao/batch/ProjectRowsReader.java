package org.jixiao.batch;

import java.util.List;
import org.jixiao.ingest.FiledRow;
import org.jixiao.store.BlockStore;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Puts back together, from their blocks in the store, the projects the import could not check as it
 * read them (their rows interrupted by another project's, or too many to hold). On a restart the
 * partition is read again from its start (see the constructor).
 */
class ProjectRowsReader extends AbstractItemCountingItemStreamItemReader<ProjectRows> {

    private final BlockStore blocks;
    private final long runId;
    private final int part;
    private final int parts;
    private List<BlockStore.ToCheck> toCheck;
    private int next;

    /** Reads the projects whose key bucket falls in partition {@code part} of {@code parts}. */
    ProjectRowsReader(BlockStore blocks, long runId, int part, int parts) {
        this.blocks = blocks;
        this.runId = runId;
        this.part = part;
        this.parts = parts;
        setName("projectRows");
        // Spring Batch 6.0.0 may save a reader's position apart from the chunk it read (spring-batch
        // #5182), so a restart must not trust it: the partition is read again from its start and the
        // writers replace what they wrote before.
        setSaveState(false);
    }

    @Override
    protected void doOpen() {
        toCheck = blocks.toCheck(runId, part, parts);
        next = 0;
    }

    @Override
    protected ProjectRows doRead() {
        if (next >= toCheck.size()) {
            return null;
        }
        BlockStore.ToCheck p = toCheck.get(next++);
        List<FiledRow> rows = blocks.project(p.fileId(), p.path(), p.projectKey());
        return new ProjectRows(p.fileId(), p.path(), p.projectKey(), rows);
    }

    @Override
    protected void doClose() {
        toCheck = null;
    }
}
