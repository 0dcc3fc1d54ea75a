package org.jixiao.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.filing.Kind;
import org.jixiao.store.ProjectStore;
import org.jixiao.summary.Department;

/**
 * The departments of a 年度 tonight with how many projects of each kind they publish, in report order:
 * what the books and the 地区 汇总表 are laid out by, known from the night's projects alone — a night
 * that makes none of them again need not sum the city up.
 */
record YearPlan(int year, Map<Department, Integer> targets, Map<Department, Integer> selfs, List<Department> departments) {

    /**
     * Every 年度 of the night, from its projects in report order (rejected ones left out): its departments
     * that publish either kind come in the order the projects do — the night's order, the roster's when
     * the input folder has one ({@link ProjectStore#seen}).
     */
    static Map<Integer, YearPlan> of(List<ProjectStore.Seen> seen) {
        Map<Integer, YearPlan> years = new TreeMap<>();
        for (ProjectStore.Seen s : seen) {
            if (!s.published()) {
                continue;
            }
            YearPlan y = years.computeIfAbsent(s.year(), n -> new YearPlan(n, new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>()));
            Department d = new Department(s.year(), s.region(), s.department());
            if (!y.targets().containsKey(d) && !y.selfs().containsKey(d)) {
                y.departments().add(d);
            }
            (s.kind() == Kind.TARGETS ? y.targets() : y.selfs()).merge(d, 1, Integer::sum);
        }
        return years;
    }
}
