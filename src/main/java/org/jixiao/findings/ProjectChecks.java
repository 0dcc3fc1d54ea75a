package org.jixiao.findings;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Evaluation;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Project;
import org.jixiao.filing.ScoringPolicy;

/**
 * Runs every rule of the contract on an assembled project, each rule its own class named by its id;
 * pure, no state. (The rules on reading a project's values — E01–E06, E08, W13 — ran while it was
 * assembled; those between a 自评 and its 申报表 are {@link TargetsCheck}'s.)
 */
public final class ProjectChecks {

    private final ScoringPolicy policy;

    public ProjectChecks(ScoringPolicy policy) {
        this.policy = policy;
    }

    /**
     * @param evaluation the computed scores for a self-evaluation, null for targets
     * @return the project's findings, attributed to its department and name
     */
    public List<Finding> check(Project project, Evaluation evaluation) {
        List<Finding> out = new ArrayList<>();
        out.addAll(W01IndicatorBlank.check(project));
        out.addAll(I01Hierarchy.check(project));
        out.addAll(I02PercentOver100.check(project));
        out.addAll(I03PercentOnCount.check(project));
        out.addAll(I04NoUnit.check(project));
        out.addAll(I06RepeatedIndicator.check(project));
        out.addAll(I05NoQuantitativeOutput.check(project));
        if (project.kind() == Kind.TARGETS) {
            out.addAll(W02AnnualFundsMismatch.check(project));
            out.addAll(W03TotalFundsMismatch.check(project));
            out.addAll(W04DatesReversed.check(project));
        } else {
            out.addAll(W05StatedRateMismatch.check(project, evaluation));
            out.addAll(W06StatedFundScoreMismatch.check(project, evaluation));
            out.addAll(W07StatedTotalMismatch.check(project, evaluation));
            out.addAll(I07RateOver100.check(project, evaluation));
            out.addAll(W08ScoreAboveWeight.check(project));
            out.addAll(W09DeductionWithoutReason.check(project));
            out.addAll(W10WeightsNot100.check(project, evaluation));
            out.addAll(I08LevelOneWeights.check(project, policy));
            out.addAll(W11FullScoreTargetMissed.check(project));
            out.addAll(W12ScoreInconsistent.check(project, policy));
        }
        return out.stream().map(f -> f.about(project.department(), project.name())).toList();
    }
}
