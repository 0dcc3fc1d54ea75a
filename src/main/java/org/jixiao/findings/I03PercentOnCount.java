package org.jixiao.findings;

import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Project;
import org.jixiao.filing.TargetValue;
import org.jixiao.filing.Text;

/**
 * I03 计数指标使用了%单位 (提示): a 三级指标 that counts things (…数, …次数, …数量) with a 指标值 (or
 * 实际完成值) in %, where a count's unit (个, 次, 人) is meant. Planted by the generator as
 * {@code Defect.PERCENT_ON_COUNT}.
 */
final class I03PercentOnCount {

    /** A 三级指标 that counts things rather than measuring a share. */
    private static final Pattern COUNT = Pattern.compile(".*(数|数量|次数|人数|个数|场数|篇数|件数)$");
    private static final Pattern SHARE = Pattern.compile(".*(率|比例|占比|比重|覆盖|度|满意).*");

    private I03PercentOnCount() {
    }

    static List<Finding> check(Project p) {
        return StatedValues.each(p, I03PercentOnCount::check);
    }

    private static void check(Indicator i, TargetValue v, String column, List<Finding> out) {
        if (v == null || !v.isQuantitative() || !v.hasUnit() || !v.isPercent()) {
            return;
        }
        String level3 = Text.squeeze(i.level3());
        if (COUNT.matcher(level3).matches() && !SHARE.matcher(level3).matches()) {
            out.add(Finding.at(Rule.PERCENT_ON_COUNT, i.source(), column,
                    "三级指标「" + i.level3() + "」是计数，" + column + "「" + v.raw() + "」却以%为单位，应为个、次、人等"));
        }
    }
}
