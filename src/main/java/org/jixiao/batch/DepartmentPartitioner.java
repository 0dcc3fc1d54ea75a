package org.jixiao.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.store.ProjectStore;
import org.jixiao.summary.Department;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the departments to render across the render threads, balanced by their number of projects
 * (largest first into the lightest partition), deterministically: a partition's departments can be
 * recomputed from its name, and every department's PDFs are the same whichever thread makes them.
 */
class DepartmentPartitioner implements Partitioner {

    private final ProjectStore projects;

    DepartmentPartitioner(ProjectStore projects) {
        this.projects = projects;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int n = Math.max(1, gridSize);
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            contexts.put(Partitions.name("departments", i, n), new ExecutionContext());
        }
        return contexts;
    }

    /** The departments of partition {@code i} of {@code n} of a night, in report order. */
    List<Department> departmentsOf(long runId, int i, int n) {
        List<ProjectStore.DepartmentCount> all = projects.departments(runId);
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            order.add(k);
        }
        order.sort(Comparator.comparingInt((Integer k) -> -all.get(k).projects()).thenComparingInt(k -> k));
        long[] load = new long[n];
        boolean[] mine = new boolean[all.size()];
        for (int k : order) {
            int lightest = 0;
            for (int p = 1; p < n; p++) {
                lightest = load[p] < load[lightest] ? p : lightest;
            }
            load[lightest] += all.get(k).projects();
            mine[k] = lightest == i;
        }
        List<Department> departments = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            if (mine[k]) {
                ProjectStore.DepartmentCount d = all.get(k);
                departments.add(new Department(d.year(), d.region(), d.department()));
            }
        }
        return departments;
    }
}
