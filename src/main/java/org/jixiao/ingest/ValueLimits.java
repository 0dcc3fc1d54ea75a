package org.jixiao.ingest;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.jixiao.filing.Text;

/**
 * What a value of each column may plausibly be, checked before anything is stored: a value past its
 * limit is not a budget, a score or a name but a slip (a pasted paragraph, a number in the wrong
 * unit, a cell of garbage), and its project is refused with a 错误 at the cell. The limits sit well
 * inside what the store keeps (names VARCHAR(200..2000), amounts DECIMAL(24,6), scores DECIMAL(12,4)),
 * so nothing a filer writes can fail the night with a database error. The README lists them.
 */
public final class ValueLimits {

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

    private static final Map<Column, Integer> TEXT = new EnumMap<>(Column.class);

    static {
        TEXT.put(Column.项目名称, 200);
        TEXT.put(Column.主管部门, 200);
        TEXT.put(Column.实施单位, 200);
        TEXT.put(Column.地区, 50);
        TEXT.put(Column.项目编码, 100);
        TEXT.put(Column.项目性质, 50);
        TEXT.put(Column.项目类别, 50);
        for (Column c : new Column[] {Column.项目总目标, Column.年度总体目标, Column.预期目标, Column.实际完成情况, Column.偏差原因分析及改进措施}) {
            TEXT.put(c, 5000);
        }
        TEXT.put(Column.一级指标, 50);
        TEXT.put(Column.二级指标, 50);
        TEXT.put(Column.三级指标, 200);
        for (Column c : new Column[] {Column.指标值, Column.年度指标值, Column.实际完成值}) {
            TEXT.put(c, 500);
        }
    }

    private ValueLimits() {
    }

    /** The most characters a text column's value may have; columns read as numbers, years or dates: 100. */
    public static int maxLength(Column c) {
        return TEXT.getOrDefault(c, 100);
    }

    /** Why a cell's text is too long, or null. Numbers, years and dates are checked by their value, not here. */
    static String text(Column c, String value) {
        if (value == null || value.length() <= maxLength(c)) {
            return null;
        }
        return "「" + c.name() + "」有" + value.codePointCount(0, value.length()) + "个字符，超过上限" + maxLength(c)
                + "个字符（「" + Text.shown(value) + "」），不像是" + what(c) + "，项目未导入；请核对该单元格";
    }

    /** Why an amount is not a plausible budget figure, or null. */
    static String amount(Column c, String raw, BigDecimal v) {
        if (v.signum() < 0) {
            return "「" + c.name() + "」「" + Text.shown(raw) + "」是负数，金额不能为负，项目未导入";
        }
        if (v.compareTo(MAX_AMOUNT) >= 0) {
            return "「" + c.name() + "」「" + Text.shown(raw) + "」达到或超过10万亿元（10^13 元），不是一个项目的预算金额"
                    + "（金额应以元为单位填写），项目未导入";
        }
        if (Math.max(v.stripTrailingZeros().scale(), 0) > AMOUNT_DECIMALS) {
            return "「" + c.name() + "」「" + Text.shown(raw) + "」的小数超过" + AMOUNT_DECIMALS + "位，无法按元准确保存，项目未导入；"
                    + "请保留到分（两位小数）";
        }
        return null;
    }

    /** Why a score (分值, 得分, 资金分值, 资金得分, 总分, 总得分) is out of range, or null. */
    static String score(Column c, String raw, BigDecimal v) {
        BigDecimal max = c == Column.总分 || c == Column.总得分 ? MAX_TOTAL : MAX_SCORE;
        if (v.signum() < 0 || v.compareTo(max) > 0) {
            return "「" + c.name() + "」「" + Text.shown(raw) + "」不在 0 到 " + max.toPlainString() + " 分之间，项目未导入；"
                    + "分值和得分按百分制填写";
        }
        if (Math.max(v.stripTrailingZeros().scale(), 0) > SCORE_DECIMALS) {
            return "「" + c.name() + "」「" + Text.shown(raw) + "」的小数超过" + SCORE_DECIMALS + "位，项目未导入；请保留到两位小数";
        }
        return null;
    }

    /** Why a stated 执行率 (as a fraction) is out of range, or null. */
    static String rate(String raw, BigDecimal fraction) {
        if (fraction.signum() < 0 || fraction.compareTo(MAX_RATE) > 0) {
            return "「执行率」「" + Text.shown(raw) + "」不在 0% 到 1000% 之间，项目未导入";
        }
        if (Math.max(fraction.stripTrailingZeros().scale(), 0) > RATE_DECIMALS) {
            return "「执行率」「" + Text.shown(raw) + "」的小数位数过多，项目未导入；请保留到两位小数（如 99.63%）";
        }
        return null;
    }

    /** Whether a score column's text is written as a percentage (100%): points are asked, never a share. */
    static boolean percent(String raw) {
        return raw != null && Text.squeeze(raw).endsWith("%");
    }

    private static String what(Column c) {
        return switch (c) {
            case 项目名称 -> "项目名称";
            case 主管部门, 实施单位 -> "单位名称";
            case 地区 -> "地区名称";
            case 项目编码 -> "项目编码";
            default -> "该栏的内容";
        };
    }
}
