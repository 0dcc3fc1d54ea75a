package org.jixiao.roster;

import java.util.List;
import java.util.Optional;
import org.jixiao.filing.Departments;

/**
 * The roster name a department's filed name most likely means: a typo (一字之差) or a shorter or older
 * form of the same name. Names are compared as the contract compares departments ({@link Departments#key})
 * by edit distance (Levenshtein). Department names share long stretches (上海市…区委…局), so closeness is
 * judged on the part where two names differ — what is left once their common beginning and end are
 * taken off: a name is near when it is one character away, when its differing part is at most a third
 * edited (中共上海市佳定区委组织布), or when one name is the other with characters left out, at least four
 * kept (松江区委组织部 in 中共上海市松江区委组织部; 区级机关工委 for 区级机关工作委员会). 上海市体育局 is not near
 * 上海市民政局: their differing parts have nothing in common. The nearest near name wins; ties go to the
 * earlier in roster order.
 */
final class NearestName {

    private NearestName() {
    }

    /**
     * @param preferred names searched first (the listed departments that have not filed: a misspelt
     *                  department's own row is among them)
     * @param all       the rest of the roster, searched when no preferred name is near
     */
    static Optional<String> of(String department, List<String> preferred, List<String> all) {
        Optional<String> near = nearest(department, preferred);
        return near.isPresent() ? near : nearest(department, all);
    }

    private static Optional<String> nearest(String department, List<String> names) {
        String key = Departments.key(department);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names) {
            String other = Departments.key(name);
            int d = distance(key, other);
            if (isNear(key, other, d) && d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean isNear(String a, String b, int distance) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        return distance <= 1 || distance * 3 <= differingLength(a, b) || shorter.length() >= 4 && isSubsequence(shorter, longer);
    }

    /** The length of the longer of the two names once their common beginning and end are taken off. */
    private static int differingLength(String a, String b) {
        int prefix = 0;
        while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length() - prefix && suffix < b.length() - prefix
                && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        return Math.max(a.length(), b.length()) - prefix - suffix;
    }

    /** Whether {@code shorter} is {@code longer} with some characters left out. */
    private static boolean isSubsequence(String shorter, String longer) {
        int i = 0;
        for (int j = 0; j < longer.length() && i < shorter.length(); j++) {
            i += shorter.charAt(i) == longer.charAt(j) ? 1 : 0;
        }
        return i == shorter.length();
    }

    /** Levenshtein distance: insertions, deletions and substitutions of one character each cost 1. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
