package org.jixiao.generate;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link Generator} wrote: departments by shape, files, projects and indicator rows of each kind,
 * every defect it planted, and — when it wrote the 2024 申报表 too — their projects and rows and the
 * mismatches planted between them and the 2024 自评表.
 */
public record Generated(Path folder, int departments, int regions, Map<Shape, Integer> departmentsByShape, int files,
        int targetsProjects, int selfEvaluationProjects, long targetsRows, long selfEvaluationRows, List<PlantedDefect> defects,
        int previousTargetsProjects, long previousTargetsRows, List<PlantedMismatch> mismatches) {

    public Generated {
        departmentsByShape = new EnumMap<>(departmentsByShape);
        defects = List.copyOf(defects);
        mismatches = List.copyOf(mismatches);
    }

    /** A city of the budget year's 申报表 only ({@link Generator.Years#ONE}). */
    public Generated(Path folder, int departments, int regions, Map<Shape, Integer> departmentsByShape, int files, int targetsProjects,
            int selfEvaluationProjects, long targetsRows, long selfEvaluationRows, List<PlantedDefect> defects) {
        this(folder, departments, regions, departmentsByShape, files, targetsProjects, selfEvaluationProjects, targetsRows,
                selfEvaluationRows, defects, 0, 0, List.of());
    }

    public long rows() {
        return targetsRows + selfEvaluationRows + previousTargetsRows;
    }

    public int projects() {
        return targetsProjects + selfEvaluationProjects + previousTargetsProjects;
    }

    /** Planted mismatches per kind, in {@link PairMismatch} order. */
    public Map<PairMismatch, Integer> mismatchCounts() {
        Map<PairMismatch, Integer> counts = new EnumMap<>(PairMismatch.class);
        for (PlantedMismatch m : mismatches) {
            counts.merge(m.mismatch(), 1, Integer::sum);
        }
        return counts;
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
