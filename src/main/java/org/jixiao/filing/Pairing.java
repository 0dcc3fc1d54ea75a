package org.jixiao.filing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairs the projects of two lists one to one the way the contract identifies a project: by 项目编码
 * when both carry one and they agree; the rest by 项目名称 (compared after the contract's
 * normalisation), whatever their codes.
 * A 自评 is paired with its 申报表 so, and a year's projects with the year before's. Codes first, so
 * that two projects of one name told apart by their codes are not crossed; names second, because a
 * code is often left out or (in some budget systems) renumbered each year while the project goes on.
 * Each list keeps its order: pairs come in the order of the left list, the unpaired in their own.
 */
public final class Pairing {

    /** Two items that are one project; neither is null. */
    public record Pair<T>(T left, T right) {
    }

    /** The pairs, and what each side has that the other does not. */
    public record Result<T>(List<Pair<T>> pairs, List<T> leftOnly, List<T> rightOnly) {
    }

    private Pairing() {
    }

    public static <T> Result<T> of(List<T> left, List<T> right, Function<T, String> code, Function<T, String> name) {
        T[] partner = newArray(left.size());
        boolean[] taken = new boolean[right.size()];
        match(left, right, code, partner, taken);
        match(left, right, name, partner, taken);
        List<Pair<T>> pairs = new ArrayList<>();
        List<T> leftOnly = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            if (partner[i] != null) {
                pairs.add(new Pair<>(left.get(i), partner[i]));
            } else {
                leftOnly.add(left.get(i));
            }
        }
        List<T> rightOnly = new ArrayList<>();
        for (int j = 0; j < right.size(); j++) {
            if (!taken[j]) {
                rightOnly.add(right.get(j));
            }
        }
        return new Result<>(List.copyOf(pairs), List.copyOf(leftOnly), List.copyOf(rightOnly));
    }

    /** Gives each unpaired left item the first unpaired right item with the same (non-blank) key. */
    private static <T> void match(List<T> left, List<T> right, Function<T, String> key, T[] partner, boolean[] taken) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int j = 0; j < right.size(); j++) {
            String k = normalised(key.apply(right.get(j)));
            if (!taken[j] && k != null) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(j);
            }
        }
        for (int i = 0; i < left.size(); i++) {
            String k = normalised(key.apply(left.get(i)));
            List<Integer> candidates = k == null || partner[i] != null ? null : byKey.get(k);
            if (candidates != null && !candidates.isEmpty()) {
                int j = candidates.remove(0);
                partner[i] = right.get(j);
                taken[j] = true;
            }
        }
    }

    private static String normalised(String value) {
        String s = Text.squeeze(value);
        return s.isEmpty() ? null : s;
    }

    @SuppressWarnings("unchecked")
    private static <T> T[] newArray(int size) {
        return (T[]) new Object[size];
    }
}
