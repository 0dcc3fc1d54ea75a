package org.jixiao.filing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Money in 元 as exact decimals. Parsing, 万元 conversion and display formats live here and only
 * here, so scale and rounding are decided once: amounts stay exact in 元; 万元 is rounded half-up
 * to two places at the edge (a report or a sentence), never before a sum.
 */
public final class Money {

    public static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");
    /** 1000万元: the contract's threshold for a large project. */
    public static final BigDecimal LARGE_PROJECT = new BigDecimal("10000000");

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private Money() {
    }

    /** Outcome of reading a money cell: absent (blank or a dash), a value, or unreadable text. */
    public record Parsed(BigDecimal value, boolean absent, boolean unreadable) {
        static final Parsed ABSENT = new Parsed(null, true, false);
        static final Parsed UNREADABLE = new Parsed(null, false, true);

        public Optional<BigDecimal> optional() {
            return Optional.ofNullable(value);
        }
    }

    /**
     * Reads {@code 2,840,530.00}, {@code 2840530}, {@code ￥2,840,530.00元} or an Excel number
     * (already rendered as plain decimal text by the reader). Blank, {@code —} and {@code -} are
     * absent, never zero.
     */
    public static Parsed parse(String raw) {
        if (Text.isAbsent(raw)) {
            return Parsed.ABSENT;
        }
        String s = Text.squeeze(raw).replace(",", "").replace("，", "");
        if (s.startsWith("¥") || s.startsWith("￥")) {
            s = s.substring(1);
        }
        if (s.endsWith("元")) {
            s = s.substring(0, s.length() - 1);
        }
        if (!NUMBER.matcher(s).matches()) {
            return Parsed.UNREADABLE;
        }
        return new Parsed(new BigDecimal(s), false, false);
    }

    /** Amount in 万元, rounded half-up to two places: 8,023,150 元 → 802.32. */
    public static BigDecimal toWan(BigDecimal yuan) {
        return yuan.divide(TEN_THOUSAND).setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** {@code 2,840,530.00}: 元 with thousands separators and two places, as the forms print. */
    public static String formatYuan(BigDecimal yuan) {
        return yuan == null ? "" : grouped(yuan.setScale(2, RoundingMode.HALF_UP));
    }

    /** {@code 2,074.40}: 万元 with thousands separators. */
    public static String formatWan(BigDecimal yuan) {
        return yuan == null ? "" : grouped(toWan(yuan));
    }

    /** {@code 2074.40}: 万元 without separators, as in the disclosure sentence. */
    public static String plainWan(BigDecimal yuan) {
        return toWan(yuan).toPlainString();
    }

    /** A rate (0.9963) as a percentage with two places: {@code 99.63%}. */
    public static String formatPercent(BigDecimal rate) {
        if (rate == null) {
            return "";
        }
        return rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A score with at most two places and no trailing zeros: 96, 9.5, 7.33. */
    public static String formatScore(BigDecimal score) {
        if (score == null) {
            return "";
        }
        BigDecimal s = score.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }

    /**
     * A mean score, always with two places: {@code 96.80}. Means are computed, not filed: printed
     * to a fixed scale, a column of them lines up and none looks more exact than another.
     */
    public static String formatMean(BigDecimal score) {
        return score == null ? "" : score.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * {@code 1234567.80} → {@code 1,234,567.80}: the digits of a value already at scale 2, grouped by threes
     * as the pattern {@code #,##0.00} prints them. Written out rather than through DecimalFormat: every
     * money cell of every table and form goes through here, and a DecimalFormat parses its pattern again
     * each time one is made (they are not thread-safe to share).
     */
    private static String grouped(BigDecimal scaled) {
        String plain = scaled.abs().toPlainString();
        int point = plain.indexOf('.');
        int digits = point < 0 ? plain.length() : point;
        StringBuilder out = new StringBuilder(plain.length() + digits / 3 + 1);
        if (scaled.signum() < 0) {
            out.append('-');
        }
        for (int i = 0; i < digits; i++) {
            if (i > 0 && (digits - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, digits, plain.length()).toString();
    }
}
