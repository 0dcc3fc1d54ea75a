package org.jixiao.filing;


/**
 * What the summaries need of a project — identity, funds, budget and scores, indicator counts — and
 * nothing of its texts, so a city's projects can be summed from their stored rows alone.
 */
public record ProjectFacts(Kind kind, int year, String region, String department, String name, String code, String nature,
        String category, TargetFunds funds, Budget budget, Evaluation evaluation, IndicatorCounts indicators) {

    public static ProjectFacts of(Project p, Evaluation e) {
        return new ProjectFacts(p.kind(), p.year(), p.region(), p.department(), p.name(), p.code(), p.nature(), p.category(),
                p.funds(), p.evaluation() == null ? null : p.evaluation().total(), e, IndicatorCounts.of(p.indicators()));
    }
}
