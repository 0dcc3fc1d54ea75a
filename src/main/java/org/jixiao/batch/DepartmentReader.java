package org.jixiao.batch;

import java.util.List;
import org.jixiao.summary.Department;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Hands out the departments of one render partition. A department rendered before a crash is kept by
 * its fingerprint, so a restarted partition simply goes through its departments again from the first.
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
        setSaveState(false);
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

    @Override
    protected void doClose() {
        departments = null;
    }
}
