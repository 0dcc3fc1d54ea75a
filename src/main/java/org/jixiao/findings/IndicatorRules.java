package org.jixiao.findings;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Project;
import org.jixiao.filing.TargetValue;
import org.jixiao.filing.Text;

/** Rules on a project's 三级指标 that hold for both kinds of filing. */
final class IndicatorRules {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    /** A 三级指标 that counts things (…数, …次数, …数量) rather than measuring a share. */
    private static final Pattern COUNT = Pattern.compile(".*(数|数量|次数|人数|个数|场数|篇数|件数)$");
    private static final Pattern SHARE = Pattern.compile(".*(率|比例|占比|比重|覆盖|度|满意).*");

    private IndicatorRules() {
    }

    static void check(Project p, Consumer<Finding> out) {
        boolean self = p.kind() == Kind.SELF_EVALUATION;
        String valueColumn = self ? "年度指标值" : "指标值";
        Map<String, Indicator> seen = new HashMap<>();
        boolean quantitativeOutput = false;
        for (Indicator i : p.indicators()) {
            blanks(i, self, valueColumn, out);
            hierarchy(i, out);
            value(i, i.target(), valueColumn, true, out);
            if (self) {
                // the unit is asked of the target only: an achieved value repeats the target's form
                value(i, i.actual(), "实际完成值", false, out);
            }
            String level3 = Text.squeeze(i.level3());
            if (!level3.isEmpty()) {
                Indicator earlier = seen.putIfAbsent(level3, i);
                if (earlier != null) {
                    out.accept(Finding.at(Rule.REPEATED_INDICATOR, i.source(), "三级指标",
                            "三级指标「" + i.level3() + "」与第" + earlier.source().row() + "行重复"));
                }
            }
            quantitativeOutput |= "产出指标".equals(Text.squeeze(i.level1())) && i.target().isQuantitative();
        }
        if (!quantitativeOutput && !p.indicators().isEmpty()) {
            out.accept(Finding.at(Rule.NO_QUANTITATIVE_OUTPUT, p.source(), "一级指标",
                    "产出指标中没有可衡量的定量指标（如 ≥2.00(次)），建议至少设置一项"));
        }
    }

    private static void blanks(Indicator i, boolean self, String valueColumn, Consumer<Finding> out) {
        StringBuilder blank = new StringBuilder();
        appendIfBlank(blank, "一级指标", i.level1());
        appendIfBlank(blank, "二级指标", i.level2());
        appendIfBlank(blank, "三级指标", i.level3());
        appendIfBlank(blank, valueColumn, i.target().raw());
        if (self) {
            appendIfBlank(blank, "实际完成值", i.actual().raw());
        }
        if (blank.length() > 0) {
            String what = i.level3() == null ? "" : "（三级指标「" + i.level3() + "」）";
            out.accept(Finding.at(Rule.INDICATOR_BLANK, i.source(), blank.toString(),
                    "指标行的「" + blank + "」为空" + what + "，已按原样保留"));
        }
    }

    private static void appendIfBlank(StringBuilder names, String column, String value) {
        if (Text.isBlank(value)) {
            names.append(names.length() > 0 ? "、" : "").append(column);
        }
    }

    private static void hierarchy(Indicator i, Consumer<Finding> out) {
        if (Text.isBlank(i.level1())) {
            return;
        }
        if (!Hierarchy.isLevelOne(i.level1())) {
            out.accept(Finding.at(Rule.HIERARCHY, i.source(), "一级指标",
                    "一级指标「" + i.level1() + "」不在标准层级中（成本指标、产出指标、效益指标、满意度指标）"));
        } else if (!Text.isBlank(i.level2()) && !Hierarchy.belongs(i.level1(), i.level2())) {
            out.accept(Finding.at(Rule.HIERARCHY, i.source(), "二级指标",
                    "二级指标「" + i.level2() + "」不属于一级指标「" + i.level1() + "」，标准为："
                            + String.join("、", Hierarchy.standard().get(Text.squeeze(i.level1())).stream().sorted().toList())));
        }
    }

    private static void value(Indicator i, TargetValue v, String column, boolean askUnit, Consumer<Finding> out) {
        if (v == null || !v.isQuantitative()) {
            return;
        }
        if (!v.hasUnit()) {
            if (!askUnit) {
                return;
            }
            out.accept(Finding.at(Rule.NO_UNIT, i.source(), column,
                    column + "「" + v.raw() + "」是数值但没有单位（如 次、人、%），建议写明"));
            return;
        }
        if (v.isPercent() && v.number().compareTo(HUNDRED) > 0) {
            out.accept(Finding.at(Rule.PERCENT_OVER_100, i.source(), column,
                    column + "「" + v.raw() + "」的百分比超过100%"));
        }
        String level3 = Text.squeeze(i.level3());
        if (v.isPercent() && COUNT.matcher(level3).matches() && !SHARE.matcher(level3).matches()) {
            out.accept(Finding.at(Rule.PERCENT_ON_COUNT, i.source(), column,
                    "三级指标「" + i.level3() + "」是计数，" + column + "「" + v.raw() + "」却以%为单位，应为个、次、人等"));
        }
    }
}
