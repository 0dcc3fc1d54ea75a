package org.jixiao.findings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Money;
import org.jixiao.filing.Project;
import org.jixiao.filing.TargetValue;
import org.jixiao.filing.Text;

/**
 * Whether a 自评表 evaluates the targets its 申报表 declared: every declared 三级指标 appears in the 自评
 * with the same 指标值, none is added, and the 年初预算数 is the 年度资金申请总额 declared. Indicators are
 * paired by (一级, 二级, 三级), then by 三级 alone (a 自评 that files an indicator under another 二级 still
 * evaluates it), one to one in filing order. Values are compared as the contract reads them
 * ({@link TargetValue}): the same operator, number and unit — {@code ≥95%} and {@code >=95.00(%)} agree —
 * or, for qualitative text, the same words after the contract's normalisation.
 */
final class IndicatorAgreement {

    private IndicatorAgreement() {
    }

    /** @return whether the indicators agree (the budget is advice and does not count against it) */
    static boolean check(Project self, Project targets, Consumer<Finding> out) {
        List<Indicator> declared = new ArrayList<>(targets.indicators());
        List<Indicator> evaluated = new ArrayList<>(self.indicators());
        List<Indicator[]> pairs = new ArrayList<>();
        pair(declared, evaluated, pairs, i -> key(i.level1()) + "|" + key(i.level2()) + "|" + key(i.level3()));
        pair(declared, evaluated, pairs, i -> key(i.level3()));
        boolean agree = declared.isEmpty() && evaluated.isEmpty();
        for (Indicator d : declared) {
            out.accept(Finding.at(Rule.INDICATOR_DROPPED, self.source(), "三级指标", "申报表中的三级指标「" + d.level3() + "」（"
                    + d.level1() + "/" + d.level2() + "，指标值「" + raw(d.target()) + "」）在自评表中没有出现（申报表见 "
                    + d.source().describe() + "）"));
        }
        for (Indicator e : evaluated) {
            out.accept(Finding.at(Rule.INDICATOR_ADDED, e.source(), "三级指标", "自评表中的三级指标「" + e.level3() + "」（年度指标值「"
                    + raw(e.target()) + "」）不在" + targets.year() + "年度的申报表中"));
        }
        for (Indicator[] p : pairs) {
            if (!sameValue(p[0].target(), p[1].target())) {
                agree = false;
                out.accept(Finding.at(Rule.TARGET_CHANGED, p[1].source(), "年度指标值", "三级指标「" + p[1].level3() + "」的年度指标值「"
                        + raw(p[1].target()) + "」与申报表的指标值「" + raw(p[0].target()) + "」不同（申报表见 " + p[0].source().describe() + "）"));
            }
        }
        budget(self, targets, out);
        return agree;
    }

    private static void budget(Project self, Project targets, Consumer<Finding> out) {
        BigDecimal initial = self.evaluation().total().initial();
        BigDecimal annual = targets.funds().annual();
        if (initial != null && annual != null && initial.compareTo(annual) != 0) {
            out.accept(Finding.at(Rule.BUDGET_NOT_AS_DECLARED, self.source(), "年初预算数", "年初预算数 " + Money.formatYuan(initial)
                    + " 元与申报表的年度资金申请总额 " + Money.formatYuan(annual) + " 元不同（相差 " + Money.formatYuan(initial.subtract(annual))
                    + " 元）"));
        }
    }

    /** Moves each declared indicator that finds an evaluated one with the same key into {@code pairs}. */
    private static void pair(List<Indicator> declared, List<Indicator> evaluated, List<Indicator[]> pairs,
            Function<Indicator, String> key) {
        for (var it = declared.iterator(); it.hasNext();) {
            Indicator d = it.next();
            String k = key.apply(d);
            for (var e = evaluated.iterator(); e.hasNext();) {
                Indicator candidate = e.next();
                if (k.equals(key.apply(candidate))) {
                    pairs.add(new Indicator[] {d, candidate});
                    e.remove();
                    it.remove();
                    break;
                }
            }
        }
    }

    /** The same target as the contract reads it: operator, number and unit, or the same qualitative words. */
    static boolean sameValue(TargetValue declared, TargetValue evaluated) {
        if (declared.isQuantitative() != evaluated.isQuantitative()) {
            return false;
        }
        if (!declared.isQuantitative()) {
            return Text.squeeze(declared.raw()).equals(Text.squeeze(evaluated.raw()));
        }
        return declared.operator() == evaluated.operator() && declared.number().compareTo(evaluated.number()) == 0
                && Objects.equals(Text.squeeze(declared.unit()), Text.squeeze(evaluated.unit()));
    }

    private static String key(String level) {
        return Text.squeeze(level);
    }

    private static String raw(TargetValue v) {
        return v.isBlank() ? "（空白）" : v.raw();
    }
}
