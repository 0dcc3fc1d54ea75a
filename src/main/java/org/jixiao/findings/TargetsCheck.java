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
 * with its 申报表 project ({@link Pairing}: by 项目编码, else 项目名称) and checked by
 * {@link IndicatorAgreement}; a 自评 project with no 申报表 is a 提示 when the department filed targets
 * that year (when it filed none, the store simply does not hold them — nothing to say per project).
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
        Pairing.Result<Project> paired = Pairing.of(selfEvaluations, targets, Project::code, Project::name);
        Map<Project, Project> declaredFor = new IdentityHashMap<>();
        paired.pairs().forEach(p -> declaredFor.put(p.left(), p.right()));
        List<Finding> findings = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        int agreeing = 0;
        for (Project self : selfEvaluations) {
            Project declared = declaredFor.get(self);
            List<Finding> own = new ArrayList<>();
            boolean agrees = false;
            if (declared != null) {
                agrees = IndicatorAgreement.check(self, declared, own::add);
            } else if (!targets.isEmpty()) {
                own.add(Finding.at(Rule.NO_TARGETS_ON_RECORD, self.source(), "项目名称", "本部门报送了" + self.year()
                        + "年度的绩效目标，但其中没有与本项目对应的申报表（按项目编码或项目名称对照），自评无法与目标核对"));
            }
            own.forEach(f -> findings.add(f.about(self.department(), self.name())));
            outcomes.add(new Outcome(self, declared, agrees));
            agreeing += agrees ? 1 : 0;
        }
        return new Result(List.copyOf(findings), List.copyOf(outcomes),
                new Agreement(selfEvaluations.size(), paired.pairs().size(), agreeing));
    }

    private static void require(List<Project> projects, Kind kind) {
        for (Project p : projects) {
            if (p.kind() != kind) {
                throw new IllegalArgumentException("expected " + kind + " projects, got " + p.kind() + ": " + p.name());
            }
        }
    }
}
