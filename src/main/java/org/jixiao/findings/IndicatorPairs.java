package org.jixiao.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Project;
import org.jixiao.filing.TargetValue;
import org.jixiao.filing.Text;

/**
 * The indicators of a 自评 project paired with those its 申报表 declared, for the rules that hold one
 * against the other (W14, W15, W16): by (一级, 二级, 三级), then by 三级 alone (a 自评 that files an
 * indicator under another 二级 still evaluates it), one to one in filing order.
 *
 * @param pairs   each declared indicator with the evaluated one it pairs with: {@code {declared, evaluated}}
 * @param dropped declared indicators left without a pair
 * @param added   evaluated indicators left without a pair
 */
record IndicatorPairs(List<Indicator[]> pairs, List<Indicator> dropped, List<Indicator> added) {

    static IndicatorPairs of(Project self, Project targets) {
        List<Indicator> declared = new ArrayList<>(targets.indicators());
        List<Indicator> evaluated = new ArrayList<>(self.indicators());
        List<Indicator[]> pairs = new ArrayList<>();
        pair(declared, evaluated, pairs, i -> key(i.level1()) + "|" + key(i.level2()) + "|" + key(i.level3()));
        pair(declared, evaluated, pairs, i -> key(i.level3()));
        return new IndicatorPairs(List.copyOf(pairs), List.copyOf(declared), List.copyOf(evaluated));
    }

    /** Moves each declared indicator that finds an evaluated one with the same key into {@code pairs}. */
    private static void pair(List<Indicator> declared, List<Indicator> evaluated, List<Indicator[]> pairs,
            Function<Indicator, String> key) {
        for (var it = declared.iterator(); it.hasNext();) {
            Indicator d = it.next();
            String k = key.apply(d);
            for (var e = evaluated.iterator(); e.hasNext();) {
                Indicator candidate = e.next();
                if (k.equals(key.apply(candidate))) {
                    pairs.add(new Indicator[] {d, candidate});
                    e.remove();
                    it.remove();
                    break;
                }
            }
        }
    }

    private static String key(String level) {
        return Text.squeeze(level);
    }

    /** A value as a finding quotes it: {@code （空白）} when blank. */
    static String raw(TargetValue v) {
        return v.isBlank() ? "（空白）" : v.raw();
    }
}
