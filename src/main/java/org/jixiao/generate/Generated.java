package org.jixiao.generate;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link Generator} wrote: departments by shape, files, projects and indicator rows of each kind,
 * and every defect it planted.
 */
public record Generated(Path folder, int departments, int regions, Map<Shape, Integer> departmentsByShape, int files,
        int targetsProjects, int selfEvaluationProjects, long targetsRows, long selfEvaluationRows, List<PlantedDefect> defects) {

    public Generated {
        departmentsByShape = new EnumMap<>(departmentsByShape);
        defects = List.copyOf(defects);
    }

    public long rows() {
        return targetsRows + selfEvaluationRows;
    }

    public int projects() {
        return targetsProjects + selfEvaluationProjects;
    }

    /** Planted defects per kind of defect, in {@link Defect} order. */
    public Map<Defect, Integer> defectCounts() {
        Map<Defect, Integer> counts = new EnumMap<>(Defect.class);
        for (PlantedDefect d : defects) {
            counts.merge(d.defect(), 1, Integer::sum);
        }
        return counts;
    }
}
