package org.jixiao.render;

import java.util.List;
import org.jixiao.filing.Departments;
import org.jixiao.findings.TargetAgreementTable;
import org.jixiao.findings.TargetsCheck;
import org.jixiao.summary.YearOverYear;

/**
 * What the night's consolidation adds to a 年度's 汇总表 (issue 17): this year beside last per kind (null when
 * the store does not hold the year before of that kind, and then the 汇总表 looks as without it), and per
 * department how its 自评 stand against the targets it declared.
 */
public record Consolidation(YearOverYear targets, YearOverYear selfEvaluations, List<TargetAgreementTable.Line> agreement) {

    /** Nothing beside this year: the 汇总表 as it was before issue 17. */
    public static final Consolidation NONE = new Consolidation(null, null, List.of());

    public Consolidation {
        agreement = List.copyOf(agreement);
    }

    /** The comparison of a kind, null without one. */
    YearOverYear of(org.jixiao.filing.Kind kind) {
        return kind == org.jixiao.filing.Kind.TARGETS ? targets : selfEvaluations;
    }

    /** A department's agreement, {@link TargetsCheck.Agreement#NONE} when none of its 自评 was checked. */
    TargetsCheck.Agreement agreement(String region, String department) {
        String key = Departments.key(department);
        return agreement.stream().filter(l -> l.region().equals(region) && Departments.key(l.department()).equals(key))
                .map(TargetAgreementTable.Line::agreement).findFirst().orElse(TargetsCheck.Agreement.NONE);
    }

    /** Whether some 自评 of the 年度 has targets on record: only then does the 自评 table show 与目标一致. */
    boolean checkedAgainstTargets() {
        return agreement.stream().anyMatch(l -> l.agreement().withTargets() > 0);
    }
}
