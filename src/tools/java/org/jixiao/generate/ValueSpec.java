package org.jixiao.generate;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * How a 指标值 is drawn: a pattern with {@code #} for a number in a range ({@code ≥#.00(次)@2..30}),
 * a choice of words ({@code 及时/按期完成}), or a value written as it stands ({@code =100(%)}, {@code 规范}).
 * A drawn quantitative value can also be missed: the 实际完成值 of an indicator that lost points.
 */
record ValueSpec(String pattern, int low, int high, List<String> words) {

    private static final Pattern OPERATOR = Pattern.compile("^(>=|<=|≥|≤|=|>|<)");

    /** A drawn value: the text as filed and, for a pattern with {@code #}, the number put in. */
    record Drawn(ValueSpec spec, String text, int number) {

        /** Whether a 实际完成值 short of this target can be written (a pattern with a number worth missing). */
        boolean canMiss() {
            return spec.isPattern() && number >= 3;
        }
    }

    static ValueSpec parse(String text) {
        int at = text.indexOf('@');
        if (at >= 0) {
            String[] range = text.substring(at + 1).split("\\.\\.");
            String pattern = text.substring(0, at);
            if (!pattern.contains("#") || range.length != 2) {
                throw new IllegalStateException("指标值模式应为 …#…@下限..上限：" + text);
            }
            return new ValueSpec(pattern, Integer.parseInt(range[0]), Integer.parseInt(range[1]), List.of());
        }
        boolean words = text.contains("/") && !text.matches(".*\\d.*");
        return new ValueSpec(text, 0, 0, words ? List.of(text.split("/")) : List.of(text));
    }

    boolean isPattern() {
        return pattern.contains("#");
    }

    Drawn draw(Random random) {
        if (isPattern()) {
            int n = low + random.nextInt(high - low + 1);
            return new Drawn(this, pattern.replace("#", Integer.toString(n)), n);
        }
        return new Drawn(this, words.get(random.nextInt(words.size())), 0);
    }

    /**
     * A 实际完成值 that misses the drawn target by 5–20%: below a floor ({@code ≥}, {@code =}), above a
     * ceiling ({@code ≤}); written without the operator, as departments write what they achieved.
     */
    static String missed(Drawn target, Random random) {
        if (!target.canMiss()) {
            throw new IllegalArgumentException("not a target that can be missed: " + target.text());
        }
        String pattern = target.spec().pattern();
        boolean ceiling = pattern.startsWith("≤") || pattern.startsWith("<");
        int percent = 5 + random.nextInt(16);
        int n = target.number();
        int missed = ceiling ? n + Math.max(1, n * percent / 100) : n - Math.max(1, n * percent / 100);
        return OPERATOR.matcher(pattern).replaceFirst("").replace("#", Integer.toString(missed));
    }
}
