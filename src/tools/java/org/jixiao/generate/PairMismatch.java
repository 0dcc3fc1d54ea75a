package org.jixiao.generate;

import org.jixiao.findings.Rule;

/**
 * What the generator plants between a 2024 自评表 and the 2024 申报表 it should evaluate, each with the rule
 * that must catch it once 自评 are checked against their targets (issue 17; the rule's class in
 * {@code findings} names the mismatch back). About one self-evaluated project in 10 carries one, the
 * kinds taken in turn; a 自评 the night refuses (an unreadable 全年执行数) carries none, since nothing
 * would be checked.
 */
public enum PairMismatch {
    DROPPED(Rule.INDICATOR_DROPPED, "申报的指标未自评"),
    CHANGED(Rule.TARGET_CHANGED, "自评改动了指标值"),
    ADDED(Rule.INDICATOR_ADDED, "自评多出指标"),
    BUDGET(Rule.BUDGET_NOT_AS_DECLARED, "年初预算数与申报金额不同"),
    NO_TARGETS(Rule.NO_TARGETS_ON_RECORD, "自评项目未报目标");

    private static final int EVERY = 10;

    private final Rule rule;
    private final String label;

    PairMismatch(Rule rule, String label) {
        this.rule = rule;
        this.label = label;
    }

    public Rule rule() {
        return rule;
    }

    public String label() {
        return label;
    }

    /** The mismatch of the city's {@code n}-th self-evaluation (0-based), or null. */
    static PairMismatch of(int n, Defect defect) {
        if (defect != null && defect.rejects() || n % EVERY != 6) {
            return null;
        }
        return values()[(n / EVERY) % values().length];
    }
}
