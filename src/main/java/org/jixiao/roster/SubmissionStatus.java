package org.jixiao.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jixiao.filing.Departments;
import org.jixiao.filing.Kind;
import org.jixiao.findings.Finding;
import org.jixiao.findings.I11NotFiledThisYear;
import org.jixiao.findings.W17DepartmentUnlisted;

/**
 * 报送情况: who has filed, per 年度 and kind, computed from the roster, what the night holds and the run
 * date. Pure: the caller reads the roster ({@link RosterReader}) and the store ({@link Received}).
 *
 * <p>Definitions. A (年度, kind) on which the roster lists somebody is tracked against it: each listed
 * department is 应报 (due); 已报 when the night holds its filing of that kind and 年度 (at least one project
 * accepted or refused: a file refused whole names no department and cannot count); 其中被拒收 when at least
 * one of its projects was refused (错误), so it must file again; 未报 when listed and not filed; 逾期 when
 * listed with a 截止日期 and either not filed while the run date is past it (逾期未报; on the day itself it
 * is not yet late), or first filed on a later date than it (逾期报送; a filing whose first date is unknown is
 * not judged). A department that filed without being listed for that kind is 名单外, a 问题 (W17) naming
 * the nearest roster name. A (年度, kind) the roster does not cover is tracked without one: its filers are
 * 已报, and a department that filed the kind the 年度 before and not this one is listed as a 提示 (I11).
 */
public final class SubmissionStatus {

    /** The rows of the 报送情况表, the counts, and the findings about departments. */
    public record Report(List<StatusLine> lines, List<Tally> tallies, List<Finding> findings) {

        /** The report of lines recorded earlier (their findings were recorded apart): the counts are worked out again. */
        public static Report of(List<StatusLine> lines) {
            return new Report(List.copyOf(lines), Tallies.of(lines), List.of());
        }

        /** The counts of each 年度 and kind, in 年度 then kind order. */
        public List<Tally> totals() {
            return tallies.stream().filter(t -> t.region() == null).toList();
        }

        /** The counts of each 地区 of a 年度 and kind, in report order of the 地区. */
        public List<Tally> byRegion(int year, Kind kind) {
            return tallies.stream().filter(t -> t.region() != null && t.year() == year && t.kind() == kind).toList();
        }

        /** One line per 年度 and kind for the console report. */
        public List<String> consoleLines() {
            return totals().stream().map(Tally::consoleLine).toList();
        }
    }

    private final Roster roster;
    private final LocalDate runDate;
    private final Comparator<String> order;
    /** A 年度 and kind: what the roster covers or somebody filed. */
    private record Filing(int year, Kind kind) {
        static final Comparator<Filing> ORDER = Comparator.comparingInt(Filing::year).thenComparing(Filing::kind);
    }

    private final Map<Filing, Map<String, Received>> byFiling = new LinkedHashMap<>();
    private final List<StatusLine> lines = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    private SubmissionStatus(Roster roster, LocalDate runDate, Comparator<String> others) {
        this.roster = roster;
        this.runDate = runDate;
        this.order = roster.departmentOrder(others);
    }

    /**
     * @param received one per department, kind and 年度 the night holds (several for one department are added up)
     * @param others   the order of departments the roster does not list (issue 18: pinyin); by name if natural order
     */
    public static Report compute(Roster roster, List<Received> received, LocalDate runDate, Comparator<String> others) {
        SubmissionStatus s = new SubmissionStatus(roster, runDate, others);
        received.forEach(s::index);
        TreeSet<Filing> filings = new TreeSet<>(Filing.ORDER);
        filings.addAll(s.byFiling.keySet());
        roster.entries().forEach(e -> e.kinds().forEach(k -> filings.add(new Filing(e.year(), k))));
        for (Filing f : filings) {
            if (roster.covers(f.year(), f.kind())) {
                s.againstRoster(f.year(), f.kind());
            } else {
                s.withoutRoster(f.year(), f.kind());
            }
        }
        s.lines.sort(Comparator.comparingInt(StatusLine::year).thenComparing(l -> l.kind().ordinal())
                .thenComparing(StatusLine::region, Departments.REGIONS).thenComparing(StatusLine::department, s.order));
        return new Report(List.copyOf(s.lines), Tallies.of(s.lines), List.copyOf(s.findings));
    }

    private void index(Received r) {
        byFiling.computeIfAbsent(new Filing(r.year(), r.kind()), k -> new LinkedHashMap<>())
                .merge(Departments.key(r.department()), r, Received::plus);
    }

    private void againstRoster(int year, Kind kind) {
        Map<String, Received> filed = new LinkedHashMap<>(byFiling.getOrDefault(new Filing(year, kind), Map.of()));
        List<String> notFiled = new ArrayList<>();
        for (RosterEntry e : roster.due(year, kind)) {
            Received r = filed.remove(Departments.key(e.department()));
            boolean late = e.deadline() != null && (r == null ? runDate.isAfter(e.deadline())
                    : r.firstReceived() != null && r.firstReceived().isAfter(e.deadline()));
            lines.add(new StatusLine(year, kind, e.region(), e.department(), r == null ? StatusLine.State.未报 : StatusLine.State.已报,
                    true, e.deadline(), r, late));
            if (r == null) {
                notFiled.add(e.department());
            }
        }
        for (Received r : filed.values()) {
            lines.add(new StatusLine(year, kind, r.region(), r.department(), StatusLine.State.名单外, false, null, r, false));
            findings.add(unlisted(r, notFiled));
        }
    }

    private Finding unlisted(Received r, List<String> notFiled) {
        String listedFor = roster.listed(r.year()).stream().filter(e -> Departments.key(e.department()).equals(Departments.key(r.department())))
                .map(e -> RosterKinds.label(e.kinds())).findFirst().orElse(null);
        String nearest = listedFor != null ? null : NearestName.of(r.department(), notFiled, roster.names(r.year())).orElse(null);
        return W17DepartmentUnlisted.of(r.source(), r.year(), r.kind(), r.department(), listedFor, nearest, notFiled.contains(nearest));
    }

    private void withoutRoster(int year, Kind kind) {
        Map<String, Received> filed = byFiling.getOrDefault(new Filing(year, kind), Map.of());
        if (filed.isEmpty()) {
            return; // the roster covers another kind or 年度 only, and nobody filed this one: nothing to track
        }
        filed.values().forEach(r -> lines.add(new StatusLine(year, kind, r.region(), r.department(), StatusLine.State.已报, false, null, r,
                false)));
        for (Map.Entry<String, Received> last : byFiling.getOrDefault(new Filing(year - 1, kind), Map.of()).entrySet()) {
            if (filed.containsKey(last.getKey())) {
                continue;
            }
            Received r = last.getValue();
            lines.add(new StatusLine(year, kind, r.region(), r.department(), StatusLine.State.上年已报本年未报, false, null, null, false));
            findings.add(I11NotFiledThisYear.of(r.source(), r.department(), year, kind));
        }
    }
}
