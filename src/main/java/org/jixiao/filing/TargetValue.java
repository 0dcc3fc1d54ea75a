package org.jixiao.filing;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 指标值 or 实际完成值: the text as filed (kept for printing) and, when it is quantitative, its
 * operator, number and unit. {@code ≥95.00(%)} → GE 95.00 "%"; {@code =12次} → EQ 12 "次";
 * {@code 及时} or {@code 1小时内响应，3小时内抵达现场} → qualitative.
 */
public record TargetValue(String raw, Operator operator, BigDecimal number, String unit) {

    private static final Pattern QUANTITY = Pattern.compile(
            "^(>=|<=|≥|≤|≧|≦|==|=|>|<)?([+-]?\\d+(?:\\.\\d+)?)(.*)$");
    /** A unit in brackets: anything short without digits, e.g. (%), (万元/月), (人次/场). */
    private static final Pattern BRACKETED_UNIT = Pattern.compile("^\\(([^()\\d]{1,12})\\)$");
    /** A bare unit must be made of known unit words: 次, 人次, 元/人, 万页, % ... */
    private static final String UNIT_WORD = "(?:%|‰|人次|台次|批次|个|次|人|户|场|家|项|期|批|篇|本|部|条|件|份|页|册|张|套|台|所|座|处|辆"
            + "|亿元|万元|元|万|天|小时|分钟|秒|年|月|周|日|课时|学时|平方米|公里|千米|米|吨|GB|TB|M|G|km|m)";
    private static final Pattern BARE_UNIT = Pattern.compile("^" + UNIT_WORD + "(?:/" + UNIT_WORD + ")*$");

    public static TargetValue parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        String s = Text.squeeze(text);
        Matcher m = QUANTITY.matcher(s);
        if (s.isEmpty() || !m.matches()) {
            return new TargetValue(text, null, null, null);
        }
        String unit = unitOf(m.group(3));
        if (unit == null) {
            return new TargetValue(text, null, null, null);
        }
        return new TargetValue(text, operatorOf(m.group(1)), new BigDecimal(m.group(2)), unit);
    }

    private static String unitOf(String rest) {
        if (rest.isEmpty()) {
            return "";
        }
        Matcher bracketed = BRACKETED_UNIT.matcher(rest);
        if (bracketed.matches()) {
            return bracketed.group(1);
        }
        return BARE_UNIT.matcher(rest).matches() ? rest : null;
    }

    private static Operator operatorOf(String op) {
        if (op == null) {
            return Operator.EQ;
        }
        return switch (op) {
            case ">=", "≥", "≧" -> Operator.GE;
            case "<=", "≤", "≦" -> Operator.LE;
            case ">" -> Operator.GT;
            case "<" -> Operator.LT;
            default -> Operator.EQ;
        };
    }

    public boolean isBlank() {
        return raw == null || raw.isBlank();
    }

    public boolean isQuantitative() {
        return number != null;
    }

    public boolean hasUnit() {
        return unit != null && !unit.isEmpty();
    }

    public boolean isPercent() {
        return "%".equals(unit);
    }
}
