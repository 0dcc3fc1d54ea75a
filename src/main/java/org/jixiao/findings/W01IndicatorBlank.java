package org.jixiao.findings;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Project;
import org.jixiao.filing.Text;

/**
 * W01 指标行有空白 (问题): an indicator row with a blank 一级/二级/三级指标 or 指标值 (and, in a 自评表, 实际完成值)
 * is kept and printed as filed, and said, one finding per row naming every blank column. Planted by
 * the generator as {@code Defect.BLANK_TARGET} and {@code Defect.BLANK_ACTUAL}.
 */
final class W01IndicatorBlank {

    private W01IndicatorBlank() {
    }

    static List<Finding> check(Project p) {
        boolean self = p.kind() == Kind.SELF_EVALUATION;
        List<Finding> out = new ArrayList<>();
        for (Indicator i : p.indicators()) {
            StringBuilder blank = new StringBuilder();
            appendIfBlank(blank, "一级指标", i.level1());
            appendIfBlank(blank, "二级指标", i.level2());
            appendIfBlank(blank, "三级指标", i.level3());
            appendIfBlank(blank, self ? "年度指标值" : "指标值", i.target().raw());
            if (self) {
                appendIfBlank(blank, "实际完成值", i.actual().raw());
            }
            if (blank.length() > 0) {
                String what = i.level3() == null ? "" : "（三级指标「" + i.level3() + "」）";
                out.add(Finding.at(Rule.INDICATOR_BLANK, i.source(), blank.toString(), "指标行的「" + blank + "」为空" + what + "，已按原样保留"));
            }
        }
        return out;
    }

    private static void appendIfBlank(StringBuilder names, String column, String value) {
        if (Text.isBlank(value)) {
            names.append(names.length() > 0 ? "、" : "").append(column);
        }
    }
}
