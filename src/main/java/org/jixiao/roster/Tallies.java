package org.jixiao.roster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.filing.Kind;

/** Counts status lines (already in report order) per 年度 and kind, and per 地区 within them. */
final class Tallies {

    private Tallies() {
    }

    /** A roster covers a 年度 and kind when it lists somebody for it: then some line of it is due. */
    static List<Tally> of(List<StatusLine> lines) {
        Map<String, List<StatusLine>> groups = new LinkedHashMap<>();
        for (StatusLine l : lines) {
            groups.computeIfAbsent(l.year() + "|" + l.kind(), k -> new ArrayList<>()).add(l);
        }
        List<Tally> tallies = new ArrayList<>();
        for (List<StatusLine> group : groups.values()) {
            StatusLine first = group.get(0);
            boolean covered = group.stream().anyMatch(StatusLine::due);
            tallies.add(count(first.year(), first.kind(), null, covered, group));
            Map<String, List<StatusLine>> regions = new LinkedHashMap<>();
            group.forEach(l -> regions.computeIfAbsent(l.region(), r -> new ArrayList<>()).add(l));
            regions.forEach((region, ls) -> tallies.add(count(first.year(), first.kind(), region, covered, ls)));
        }
        return List.copyOf(tallies);
    }

    private static Tally count(int year, Kind kind, String region, boolean roster, List<StatusLine> lines) {
        int due = 0;
        int received = 0;
        int refused = 0;
        int late = 0;
        int unlisted = 0;
        int notThisYear = 0;
        for (StatusLine l : lines) {
            boolean counted = roster ? l.due() : l.state() == StatusLine.State.已报;
            due += l.due() ? 1 : 0;
            received += counted && l.received() != null ? 1 : 0;
            refused += counted && l.refused() ? 1 : 0;
            late += l.late() ? 1 : 0;
            unlisted += l.state() == StatusLine.State.名单外 ? 1 : 0;
            notThisYear += l.state() == StatusLine.State.上年已报本年未报 ? 1 : 0;
        }
        return new Tally(year, kind, region, roster, due, received, refused, roster ? due - received : 0, late, unlisted, notThisYear);
    }
}
