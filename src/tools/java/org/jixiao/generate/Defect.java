package org.jixiao.generate;

import org.jixiao.filing.Kind;
import org.jixiao.findings.Rule;

/**
 * The mistakes planted in synthetic filings so that findings and rejections are part of every run,
 * each with the rule that must catch it (the rule's class in {@code findings}, named by its id, names
 * the defect back). About one targets project in 29 and one self-evaluation in 19 carries one (some 5%
 * of a city's projects), the kinds taken in turn so that a few hundred projects already show each.
 */
public enum Defect {
    BLANK_TARGET(Kind.TARGETS, Rule.INDICATOR_BLANK, "指标值空白"),
    PERCENT_ON_COUNT(Kind.TARGETS, Rule.PERCENT_ON_COUNT, "计数指标用%"),
    ANNUAL_NOT_PARTS(Kind.TARGETS, Rule.ANNUAL_FUNDS_MISMATCH, "年度资金与分项不符"),
    UNREADABLE_AMOUNT(Kind.TARGETS, Rule.AMOUNT_INVALID, "年度资金申请总额无法识别（项目拒收）"),
    DEDUCTION_WITHOUT_REASON(Kind.SELF_EVALUATION, Rule.DEDUCTION_WITHOUT_REASON, "扣分未写偏差原因"),
    BLANK_ACTUAL(Kind.SELF_EVALUATION, Rule.INDICATOR_BLANK, "实际完成值空白"),
    UNREADABLE_SPENDING(Kind.SELF_EVALUATION, Rule.AMOUNT_INVALID, "全年执行数无法识别（项目拒收）");

    private static final Defect[] TARGETS = {BLANK_TARGET, PERCENT_ON_COUNT, ANNUAL_NOT_PARTS, UNREADABLE_AMOUNT};
    private static final Defect[] SELF = {DEDUCTION_WITHOUT_REASON, BLANK_ACTUAL, UNREADABLE_SPENDING};
    private static final int TARGETS_EVERY = 29;
    private static final int SELF_EVERY = 19;

    private final Kind kind;
    private final Rule rule;
    private final String label;

    Defect(Kind kind, Rule rule, String label) {
        this.kind = kind;
        this.rule = rule;
        this.label = label;
    }

    public Kind kind() {
        return kind;
    }

    /** The rule whose finding the defect must produce. */
    public Rule rule() {
        return rule;
    }

    public String label() {
        return label;
    }

    /** Whether the defect rejects its project (an 错误 finding). */
    public boolean rejects() {
        return rule.severity() == org.jixiao.findings.Severity.错误;
    }

    /** The defect of the city's {@code n}-th targets project (0-based), or null. */
    static Defect ofTargets(int n) {
        return n % TARGETS_EVERY == 7 ? TARGETS[(n / TARGETS_EVERY) % TARGETS.length] : null;
    }

    /** The defect of the city's {@code n}-th self-evaluation (0-based), or null. */
    static Defect ofSelfEvaluation(int n) {
        return n % SELF_EVERY == 3 ? SELF[(n / SELF_EVERY) % SELF.length] : null;
    }
}
