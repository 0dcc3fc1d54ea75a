package org.jixiao.findings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Money;
import org.jixiao.filing.Project;
import org.jixiao.filing.ScoringPolicy;
import org.jixiao.filing.Text;

/**
 * W12 得分与完成情况不符 (问题): whether each score of a 自评表 is what its values imply (财预〔2020〕10号
 * practice): a quantitative indicator that meets its 指标值 earns its full 分值, one that misses earns
 * about 分值 × 完成值/指标值 (a ceiling the other way round); a qualitative one earns 80–100% when 达成,
 * 60–80% when 部分达成, under 60% when 未达成. How far is "far" and the bands are the policy's. A missed
 * target with a full score is W11 and not said again here.
 */
final class W12ScoreInconsistent {

    private static final Pattern PARTIAL = Pattern.compile(".*(部分|基本|大部分|较好).*");
    private static final Pattern MISSED = Pattern.compile(".*(未|没有|不及时|不到位|不达|滞后|延迟).*");

    private enum Outcome { 达成, 部分达成, 未达成 }

    private W12ScoreInconsistent() {
    }

    static List<Finding> check(Project p, ScoringPolicy policy) {
        List<Finding> out = new ArrayList<>();
        for (Indicator i : p.indicators()) {
            if (!W11FullScoreTargetMissed.scored(i) || W11FullScoreTargetMissed.applies(i)) {
                continue;
            }
            if (W11FullScoreTargetMissed.comparable(i)) {
                quantitative(i, policy, out);
            } else if (!i.target().isQuantitative() && !i.target().isBlank() && !i.actual().isBlank()) {
                qualitative(i, policy, out);
            }
        }
        return out;
    }

    private static void quantitative(Indicator i, ScoringPolicy policy, List<Finding> out) {
        boolean met = W11FullScoreTargetMissed.met(i);
        BigDecimal full = i.weight();
        BigDecimal expected = met ? full : proportional(i, i.target().number(), i.actual().number());
        if (expected != null && i.score().subtract(expected).abs().compareTo(full.multiply(policy.tolerance())) > 0) {
            out.add(Finding.at(Rule.SCORE_INCONSISTENT, i.source(), "得分",
                    (met ? "实际完成值「" + i.actual().raw() + "」已达到指标值「" + i.target().raw() + "」，按规则应得满分 "
                            : "实际完成值「" + i.actual().raw() + "」未达到指标值「" + i.target().raw() + "」，按完成比例约应得 ")
                            + Money.formatScore(expected) + " 分，填报得分 " + Money.formatScore(i.score()) + "（三级指标「" + i.level3() + "」）"));
        }
    }

    private static BigDecimal proportional(Indicator i, BigDecimal target, BigDecimal actual) {
        boolean ceiling = i.target().operator().isCeiling();
        BigDecimal numerator = ceiling ? target : actual;
        BigDecimal denominator = ceiling ? actual : target;
        if (denominator.signum() <= 0 || numerator.signum() < 0) {
            return null;
        }
        BigDecimal share = numerator.divide(denominator, ScoringPolicy.SCALE, RoundingMode.HALF_UP).min(BigDecimal.ONE);
        return i.weight().multiply(share);
    }

    private static void qualitative(Indicator i, ScoringPolicy policy, List<Finding> out) {
        Outcome outcome = outcome(i);
        if (outcome == null) {
            return;
        }
        BigDecimal share = i.score().divide(i.weight(), ScoringPolicy.SCALE, RoundingMode.HALF_UP);
        boolean fits = switch (outcome) {
            case 达成 -> share.compareTo(policy.achievedFloor()) >= 0;
            case 部分达成 -> share.compareTo(policy.partialFloor()) >= 0 && share.compareTo(policy.achievedFloor()) < 0;
            case 未达成 -> share.compareTo(policy.partialFloor()) < 0;
        };
        if (!fits) {
            out.add(Finding.at(Rule.SCORE_INCONSISTENT, i.source(), "得分",
                    "实际完成值「" + i.actual().raw() + "」对照指标值「" + i.target().raw() + "」为" + outcome + "，得分率应在"
                            + band(outcome, policy) + "，填报得分 " + Money.formatScore(i.score()) + "/" + Money.formatScore(i.weight())
                            + "（" + Money.formatPercent(share) + "，三级指标「" + i.level3() + "」）"));
        }
    }

    private static Outcome outcome(Indicator i) {
        String target = Text.squeeze(i.target().raw());
        String actual = Text.squeeze(i.actual().raw());
        if (actual.equals(target)) {
            return Outcome.达成;
        }
        if (MISSED.matcher(actual).matches() && !MISSED.matcher(target).matches()) {
            return Outcome.未达成;
        }
        if (PARTIAL.matcher(actual).matches()) {
            return Outcome.部分达成;
        }
        return actual.contains(target) || actual.matches(".*(完成|达成|达到|实现).*") ? Outcome.达成 : null;
    }

    private static String band(Outcome outcome, ScoringPolicy policy) {
        String achieved = Money.formatPercent(policy.achievedFloor());
        String partial = Money.formatPercent(policy.partialFloor());
        return switch (outcome) {
            case 达成 -> achieved + "–100%";
            case 部分达成 -> partial + "–" + achieved;
            case 未达成 -> partial + "以下";
        };
    }
}
