package org.jixiao.ingest;

import java.util.HashMap;
import java.util.Map;
import org.jixiao.filing.Column;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Text;

/**
 * Header text to {@link Column}: the contract's normalisation (trim, no whitespace, full-width to
 * half-width, a trailing {@code (元)} dropped) and the names the printed forms use for the same
 * column ({@code 年度(/项目)指标值}, {@code 年度总目标}, {@code 其中:财政资金} …).
 */
final class HeaderNames {

    private static final Map<String, Column> COMMON = new HashMap<>();
    private static final Map<Kind, Map<String, Column>> BY_KIND = new HashMap<>();

    static {
        for (Column c : Column.values()) {
            COMMON.put(c.name(), c);
        }
        Map<String, Column> targets = new HashMap<>();
        targets.put("年度(/项目)指标值", Column.指标值);
        targets.put("年度指标值", Column.指标值);
        targets.put("项目指标值", Column.指标值);
        targets.put("年度总目标", Column.年度总体目标);
        targets.put("其中:财政资金", Column.财政资金);
        targets.put("其中:当年财政拨款", Column.当年财政拨款);
        targets.put("资金总额", Column.项目资金总额);
        BY_KIND.put(Kind.TARGETS, targets);

        Map<String, Column> self = new HashMap<>();
        self.put("指标值", Column.年度指标值);
        self.put("年度(/项目)指标值", Column.年度指标值);
        self.put("偏差原因", Column.偏差原因分析及改进措施);
        self.put("偏差原因分析", Column.偏差原因分析及改进措施);
        self.put("偏差原因及改进措施", Column.偏差原因分析及改进措施);
        self.put("年度资金总额年初预算数", Column.年初预算数);
        self.put("年度资金总额全年预算数", Column.全年预算数);
        self.put("年度资金总额全年执行数", Column.全年执行数);
        self.put("实际完成值(实际值)", Column.实际完成值);
        BY_KIND.put(Kind.SELF_EVALUATION, self);
    }

    private HeaderNames() {
    }

    /** The contract's header normalisation. */
    static String normalise(String header) {
        String s = Text.squeeze(header);
        if (s.endsWith("(元)")) {
            s = s.substring(0, s.length() - 3);
        }
        return s;
    }

    /** Whether a header says its values are percentages: {@code 执行率(%)} (bare numbers under it are percents). */
    static boolean percentUnit(String header) {
        return normalise(header).endsWith(PERCENT);
    }

    private static final String PERCENT = "(%)";

    /** The column this header names for a filing of {@code kind}, or null. */
    static Column lookup(String header, Kind kind) {
        String n = normalise(header);
        if (n.endsWith(PERCENT)) {
            // only a rate may say its unit: a score "in %" is no score (分值 and 得分 are points)
            Column c = lookup(n.substring(0, n.length() - PERCENT.length()), kind);
            return c == Column.执行率 ? c : null;
        }
        Column c = BY_KIND.get(kind).get(n);
        if (c != null) {
            return c;
        }
        c = COMMON.get(n);
        return c != null && c.belongsTo(kind) ? c : null;
    }

    /** The column this header names for either kind, or null. */
    static Column lookupAny(String header) {
        Column c = lookup(header, Kind.TARGETS);
        return c != null ? c : lookup(header, Kind.SELF_EVALUATION);
    }
}
