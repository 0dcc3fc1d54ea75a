package org.jixiao.findings;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Evaluation;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Project;
import org.jixiao.filing.ScoringPolicy;

/** Runs every rule of the contract on an assembled project; pure, no state. */
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
        IndicatorRules.check(project, out::add);
        if (project.kind() == Kind.TARGETS) {
            FundsRules.check(project, out::add);
        } else {
            ScoreRules.check(project, evaluation, policy, out::add);
            ConsistencyRule.check(project, policy, out::add);
        }
        return out.stream().map(f -> f.about(project.department(), project.name())).toList();
    }
}
