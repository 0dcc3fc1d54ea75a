package org.jixiao.summary;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.jixiao.filing.Evaluation;
import org.jixiao.filing.Grade;
import org.jixiao.filing.Money;
import org.jixiao.filing.Project;
import org.jixiao.filing.ProjectFacts;
import org.jixiao.filing.ScoringPolicy;

/**
 * Totals of 自评表 projects at one level: 项目数, Σ全年预算数, Σ全年执行数, 执行率 = ΣE/ΣB, the mean and the
 * funds-weighted mean 总得分, the count per 等级 and the points deducted.
 */
public final class SelfEvaluationTotals {

    private int projects;
    private BigDecimal initial = BigDecimal.ZERO;
    private BigDecimal budget = BigDecimal.ZERO;
    private BigDecimal executed = BigDecimal.ZERO;
    private BigDecimal scores = BigDecimal.ZERO;
    private BigDecimal weightedScores = BigDecimal.ZERO;
    private BigDecimal deducted = BigDecimal.ZERO;
    private int deductions;
    private final Map<Grade, Integer> grades = new EnumMap<>(Grade.class);

    public SelfEvaluationTotals() {
        for (Grade g : Grade.values()) {
            grades.put(g, 0);
        }
    }

    public void add(Project p, Evaluation e) {
        add(ProjectFacts.of(p, e));
    }

    public void add(ProjectFacts p) {
        Evaluation e = p.evaluation();
        projects++;
        BigDecimal b = Money.orZero(p.budget().adjusted());
        initial = initial.add(Money.orZero(p.budget().initial()));
        budget = budget.add(b);
        executed = executed.add(Money.orZero(p.budget().executed()));
        scores = scores.add(e.totalScore());
        weightedScores = weightedScores.add(e.totalScore().multiply(b));
        grades.merge(e.grade(), 1, Integer::sum);
        deductions += p.indicators().deductions();
        deducted = deducted.add(p.indicators().deducted());
        FundDeduction funds = FundDeduction.of(e);
        if (funds != null) {
            deductions++;
            deducted = deducted.add(funds.points());
        }
    }

    public int projects() {
        return projects;
    }

    public BigDecimal initial() {
        return initial;
    }

    public BigDecimal budget() {
        return budget;
    }

    public BigDecimal executed() {
        return executed;
    }

    /** ΣE / ΣB, null when nothing was budgeted. */
    public BigDecimal executionRate() {
        return ScoringPolicy.rate(executed, budget);
    }

    public BigDecimal meanScore() {
        return ScoringPolicy.divide(scores, new BigDecimal(projects));
    }

    /** Σ(总得分 × 全年预算数) / Σ全年预算数. */
    public BigDecimal weightedMeanScore() {
        return ScoringPolicy.divide(weightedScores, budget);
    }

    public int grade(Grade g) {
        return grades.get(g);
    }

    /** Indicators that lost points. */
    public int deductions() {
        return deductions;
    }

    public BigDecimal deducted() {
        return deducted;
    }
}
