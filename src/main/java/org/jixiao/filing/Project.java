package org.jixiao.filing;

import java.time.LocalDate;
import java.util.List;

/**
 * A budget project as filed: the header block, its funds, its goals and its 三级指标. A targets
 * filing carries {@code funds}; a self-evaluation carries {@code evaluation}. {@code department} is
 * the canonical department name (see {@link Departments}); {@code source} is its first row.
 */
public record Project(
        Kind kind,
        int year,
        String region,
        String department,
        String unit,
        String code,
        String name,
        String nature,
        String category,
        LocalDate start,
        LocalDate end,
        TargetFunds funds,
        SelfEvaluation evaluation,
        String projectGoal,
        String annualGoal,
        List<Indicator> indicators,
        SourceRef source) {

    public Project {
        indicators = List.copyOf(indicators);
    }
}
