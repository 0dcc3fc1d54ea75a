package org.jixiao.findings;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jixiao.filing.Money;
import org.jixiao.filing.SourceRef;
import org.jixiao.filing.Text;

/**
 * E08 数值或文字超出合理范围 (错误): what a value of each column may plausibly be, checked before anything
 * is stored. A value past its limit is not a budget, a score or a name but a slip (a pasted paragraph,
 * a number in the wrong unit, a cell of garbage), and its project is refused with a 错误 at the cell.
 * The limits sit well inside what the store keeps (names VARCHAR(200..2000), amounts DECIMAL(24,6),
 * scores DECIMAL(12,4)), so nothing a filer writes can fail the night with a database error.
 */
public final class E08ValueOutOfRange {

    private static final Rule RULE = Rule.VALUE_OUT_OF_RANGE;

    /** 10^13 元 (十万亿元): no single project's budget comes near it. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1E13");
    /** Decimal places of an amount the store keeps exactly. */
    public static final int AMOUNT_DECIMALS = 6;
    /** A 分值, 得分, 资金分值 or 资金得分 is on a 100-point scale. */
    public static final BigDecimal MAX_SCORE = new BigDecimal("100");
    /** A stated 总分 or 总得分 may be off (a 问题), but not by an order of magnitude. */
    public static final BigDecimal MAX_TOTAL = new BigDecimal("1000");
    /** Decimal places of a score the store keeps exactly. */
    public static final int SCORE_DECIMALS = 4;
    /** A stated 执行率 up to 1000%: spending ten times the budget is already past any real filing. */
    public static final BigDecimal MAX_RATE = BigDecimal.TEN;
    /** Decimal places of a rate (as a fraction) the store keeps exactly. */
    public static final int RATE_DECIMALS = 10;
    /** Rows of one project: a form has tens; thousands are rows of many projects under one name. */
    public static final int MAX_PROJECT_ROWS = 5000;
    /** Executed over the initial budget: far above the adjusted rate's limit (budgets are adjusted), bounded all the same. */
    private static final BigDecimal MAX_INITIAL_RATE = new BigDecimal("1000000");

    /** The most characters of a text column, by its name; any other column (read as a number, year or date): 100. */
    private static final Map<String, Integer> TEXT = new HashMap<>();

    static {
        for (String c : new String[] {"项目名称", "主管部门", "实施单位"}) {
            TEXT.put(c, 200);
        }
        TEXT.put("地区", 50);
        TEXT.put("项目编码", 100);
        TEXT.put("项目性质", 50);
        TEXT.put("项目类别", 50);
        for (String c : new String[] {"项目总目标", "年度总体目标", "预期目标", "实际完成情况", "偏差原因分析及改进措施"}) {
            TEXT.put(c, 5000);
        }
        TEXT.put("一级指标", 50);
        TEXT.put("二级指标", 50);
        TEXT.put("三级指标", 200);
        for (String c : new String[] {"指标值", "年度指标值", "实际完成值"}) {
            TEXT.put(c, 500);
        }
    }

    private E08ValueOutOfRange() {
    }

    /** The most characters a value of {@code column} may have. */
    public static int maxLength(String column) {
        return TEXT.getOrDefault(column, 100);
    }

    /** Whether a text value ({@code null} when blank) is within its column's length. */
    public static boolean fits(String column, String value) {
        return value == null || value.length() <= maxLength(column);
    }

    /** A text cell past its column's length. Numbers, years and dates are checked by their value, not here. */
    public static Optional<Finding> text(String column, String value, SourceRef where) {
        if (fits(column, value)) {
            return Optional.empty();
        }
        return refused(where, column, "「" + column + "」有" + value.codePointCount(0, value.length()) + "个字符，超过上限" + maxLength(column)
                + "个字符（「" + Text.shown(value) + "」），不像是" + what(column) + "，项目未导入；请核对该单元格");
    }

    /** An amount ({@code raw} as filed, {@code v} as read) that is no plausible budget figure. */
    public static Optional<Finding> amount(String column, String raw, BigDecimal v, SourceRef where) {
        if (v.signum() < 0) {
            return refused(where, column, "「" + column + "」「" + Text.shown(raw) + "」是负数，金额不能为负，项目未导入");
        }
        if (v.compareTo(MAX_AMOUNT) >= 0) {
            return refused(where, column, "「" + column + "」「" + Text.shown(raw) + "」达到或超过10万亿元（10^13 元），不是一个项目的预算金额"
                    + "（金额应以元为单位填写），项目未导入");
        }
        if (Math.max(v.stripTrailingZeros().scale(), 0) > AMOUNT_DECIMALS) {
            return refused(where, column, "「" + column + "」「" + Text.shown(raw) + "」的小数超过" + AMOUNT_DECIMALS
                    + "位，无法按元准确保存，项目未导入；请保留到分（两位小数）");
        }
        return Optional.empty();
    }

    /** A score (分值, 得分, 资金分值, 资金得分, 总分, 总得分) out of range. */
    public static Optional<Finding> score(String column, String raw, BigDecimal v, SourceRef where) {
        BigDecimal max = column.equals("总分") || column.equals("总得分") ? MAX_TOTAL : MAX_SCORE;
        if (v.signum() < 0 || v.compareTo(max) > 0) {
            return refused(where, column, "「" + column + "」「" + Text.shown(raw) + "」不在 0 到 " + max.toPlainString() + " 分之间，项目未导入；"
                    + "分值和得分按百分制填写");
        }
        if (Math.max(v.stripTrailingZeros().scale(), 0) > SCORE_DECIMALS) {
            return refused(where, column, "「" + column + "」「" + Text.shown(raw) + "」的小数超过" + SCORE_DECIMALS + "位，项目未导入；请保留到两位小数");
        }
        return Optional.empty();
    }

    /** A stated 执行率 (as a fraction) out of range. */
    public static Optional<Finding> rate(String raw, BigDecimal fraction, SourceRef where) {
        if (fraction.signum() < 0 || fraction.compareTo(MAX_RATE) > 0) {
            return refused(where, "执行率", "「执行率」「" + Text.shown(raw) + "」不在 0% 到 1000% 之间，项目未导入");
        }
        if (Math.max(fraction.stripTrailingZeros().scale(), 0) > RATE_DECIMALS) {
            return refused(where, "执行率", "「执行率」「" + Text.shown(raw) + "」的小数位数过多，项目未导入；请保留到两位小数（如 99.63%）");
        }
        return Optional.empty();
    }

    /** A project of more rows than one project has: many projects filed under one name. */
    public static Optional<Finding> projectRows(int rows, SourceRef first) {
        if (rows <= MAX_PROJECT_ROWS) {
            return Optional.empty();
        }
        return refused(first, "项目名称", "同一项目有" + rows + "行，超过上限" + MAX_PROJECT_ROWS
                + "行，不像是一个项目的指标（可能是多个项目填了同一名称），项目未导入");
    }

    /**
     * 执行率 computed from the amounts stays a rate: an executed amount a million times its budget is an
     * amount in the wrong unit, and no rate the store keeps. Amounts are as read, null when absent.
     */
    public static Optional<Finding> executed(BigDecimal initial, SourceRef initialAt, BigDecimal adjusted, BigDecimal executed,
            SourceRef executedAt) {
        if (executed == null) {
            return Optional.empty();
        }
        if (adjusted != null && adjusted.signum() > 0 && executed.compareTo(adjusted.multiply(MAX_RATE)) > 0) {
            return refused(executedAt, "全年执行数", "全年执行数 " + Money.formatYuan(executed) + " 元超过全年预算数 "
                    + Money.formatYuan(adjusted) + " 元的10倍（执行率超过1000%），金额可能填错了单位，项目未导入");
        }
        if (initial != null && initial.signum() > 0 && executed.compareTo(initial.multiply(MAX_INITIAL_RATE)) > 0) {
            return refused(initialAt, "年初预算数", "年初预算数 " + Money.formatYuan(initial) + " 元不到全年执行数 "
                    + Money.formatYuan(executed) + " 元的百万分之一，金额可能填错了单位，项目未导入");
        }
        return Optional.empty();
    }

    private static Optional<Finding> refused(SourceRef where, String column, String message) {
        return Optional.of(Finding.at(RULE, where, column, message));
    }

    private static String what(String column) {
        return switch (column) {
            case "项目名称" -> "项目名称";
            case "主管部门", "实施单位" -> "单位名称";
            case "地区" -> "地区名称";
            case "项目编码" -> "项目编码";
            default -> "该栏的内容";
        };
    }
}
