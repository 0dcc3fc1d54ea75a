package org.jixiao.roster;

import java.util.EnumSet;
import java.util.Set;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Text;

/**
 * The 应报类型 column: {@code 绩效目标}, {@code 绩效自评} or both, joined by {@code 、} (or a comma, a slash,
 * {@code 和}, as clerks also write). The forms' own names are accepted too ({@code 绩效目标申报表},
 * {@code 自评表}); any other word makes the cell unreadable rather than half-read.
 */
final class RosterKinds {

    private RosterKinds() {
    }

    /** The kinds named, or null when the cell is blank or names something else. */
    static Set<Kind> parse(String raw) {
        String s = Text.squeeze(raw);
        if (s.isEmpty()) {
            return null;
        }
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (String word : s.split("[、,;/|+和及与]+")) {
            if (word.isEmpty()) {
                continue;
            }
            Kind k = kind(word);
            if (k == null) {
                return null;
            }
            kinds.add(k);
        }
        return kinds.isEmpty() ? null : kinds;
    }

    private static Kind kind(String word) {
        return switch (word) {
            case "绩效目标", "目标", "绩效目标申报表", "申报表", "财政项目支出绩效目标申报表" -> Kind.TARGETS;
            case "绩效自评", "自评", "绩效自评表", "自评表", "财政项目支出绩效自评表" -> Kind.SELF_EVALUATION;
            default -> null;
        };
    }

    /** How a roster writes these kinds: {@code 绩效目标、绩效自评}. */
    static String label(Set<Kind> kinds) {
        StringBuilder s = new StringBuilder();
        for (Kind k : Kind.values()) {
            if (kinds.contains(k)) {
                s.append(s.length() > 0 ? "、" : "").append(k.label());
            }
        }
        return s.toString();
    }
}
