package org.jixiao.batch;

import java.util.List;
import org.jixiao.summary.Department;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Hands out the departments of one render partition, in a fixed order (the night's departments are
 * settled before the render starts). A restarted partition — after a kill, or taken over by another
 * worker — goes on after the departments of its last committed chunk: the count of departments read
 * is saved in that chunk's own transaction (Spring Batch 6.0.2 and later), with the records of what
 * they published.
 */
class DepartmentReader extends AbstractItemCountingItemStreamItemReader<Department> {

    private final DepartmentPartitioner partitioner;
    private final long runId;
    private final Partitions.Place place;
    private List<Department> departments;
    private int next;

    DepartmentReader(DepartmentPartitioner partitioner, long runId, Partitions.Place place) {
        this.partitioner = partitioner;
        this.runId = runId;
        this.place = place;
        setName("departments");
    }

    @Override
    protected void doOpen() {
        departments = partitioner.departmentsOf(runId, place.index(), place.count());
        next = 0;
    }

    @Override
    protected Department doRead() {
        return next < departments.size() ? departments.get(next++) : null;
    }

    /** Straight to a department: the list is in memory, nothing need be read to skip. */
    @Override
    protected void jumpToItem(int itemIndex) {
        next = itemIndex;
    }

    @Override
    protected void doClose() {
        departments = null;
    }
}
