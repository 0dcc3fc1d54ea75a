package org.jixiao.findings;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Pairing;
import org.jixiao.filing.Project;

/**
 * A department's 自评表 of one 年度 against the 申报表 it filed for that 年度: each 自评 project is paired
 * with its 申报表 project ({@link Pairing}: by 项目编码, else 项目名称), their indicators paired
 * ({@link IndicatorPairs}) and held one against the other by W14, W15, W16 and I09; a 自评 project with no
 * 申报表 is I10.
 * Pure: the caller hands in one department's accepted projects of both kinds for one 年度.
 */
public final class TargetsCheck {

    /** A 自评 project and what it was found against: its 申报表 (null when none) and whether they agree. */
    public record Outcome(Project selfEvaluation, Project targets, boolean agrees) {
    }

    /**
     * What the 自评 汇总表 shows per department: 自评 projects, those with a 申报表 on record, and those
     * whose indicators and 指标值 agree with it.
     */
    public record Agreement(int projects, int withTargets, int agreeing) {

        public static final Agreement NONE = new Agreement(0, 0, 0);

        public Agreement plus(Agreement other) {
            return new Agreement(projects + other.projects, withTargets + other.withTargets, agreeing + other.agreeing);
        }

        /** {@code 5/6}: agreeing of those with targets, as the 汇总表 prints it; blank with none on record. */
        public String label() {
            return withTargets == 0 ? "" : agreeing + "/" + withTargets;
        }
    }

    /** The findings (attributed to their 自评 projects), one outcome per 自评 project in filing order, and the counts. */
    public record Result(List<Finding> findings, List<Outcome> outcomes, Agreement agreement) {
    }

    private TargetsCheck() {
    }

    /**
     * @param selfEvaluations the department's accepted 自评 projects of the 年度
     * @param targets         its accepted 申报表 projects of the same 年度 (empty when it filed none)
     */
    public static Result check(List<Project> selfEvaluations, List<Project> targets) {
        require(selfEvaluations, Kind.SELF_EVALUATION);
        require(targets, Kind.TARGETS);
        Pairing.Result<Project> projects = Pairing.of(selfEvaluations, targets, Project::code, Project::name);
        Map<Project, Project> declaredFor = new IdentityHashMap<>();
        projects.pairs().forEach(p -> declaredFor.put(p.left(), p.right()));
        List<Finding> findings = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        int agreeing = 0;
        for (Project self : selfEvaluations) {
            Project declared = declaredFor.get(self);
            List<Finding> own = new ArrayList<>();
            boolean agrees = false;
            if (declared != null) {
                IndicatorPairs paired = IndicatorPairs.of(self, declared);
                List<Finding> changed = W16TargetChanged.check(paired);
                own.addAll(W14IndicatorDropped.check(self, paired));
                own.addAll(W15IndicatorAdded.check(declared, paired));
                own.addAll(changed);
                // the budget is advice and does not count against the agreement
                own.addAll(I09BudgetNotAsDeclared.check(self, declared));
                agrees = paired.dropped().isEmpty() && paired.added().isEmpty() && changed.isEmpty();
            } else {
                own.addAll(I10NoTargetsOnRecord.check(self, targets));
            }
            own.forEach(f -> findings.add(f.about(self.department(), self.name())));
            outcomes.add(new Outcome(self, declared, agrees));
            agreeing += agrees ? 1 : 0;
        }
        return new Result(List.copyOf(findings), List.copyOf(outcomes),
                new Agreement(selfEvaluations.size(), projects.pairs().size(), agreeing));
    }

    private static void require(List<Project> projects, Kind kind) {
        for (Project p : projects) {
            if (p.kind() != kind) {
                throw new IllegalArgumentException("expected " + kind + " projects, got " + p.kind() + ": " + p.name());
            }
        }
    }
}
