package org.jixiao.batch;

import java.util.List;
import org.jixiao.filing.FiledRow;
import org.jixiao.store.BlockStore;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Puts back together, from their blocks in the store, the projects the import could not check as it
 * read them (their rows interrupted by another project's, or too many to hold), in a fixed order (the
 * work list is written by the import, before this step). A restarted partition goes on after the
 * projects of its last committed chunk: the count read is saved in that chunk's own transaction
 * (Spring Batch 6.0.2 and later), with the findings it wrote.
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

    /** Straight to a project: only keys are in memory, and a skipped project's rows need not be read. */
    @Override
    protected void jumpToItem(int itemIndex) {
        next = itemIndex;
    }

    @Override
    protected void doClose() {
        toCheck = null;
    }
}
