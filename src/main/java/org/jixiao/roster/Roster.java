package org.jixiao.roster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jixiao.filing.Departments;
import org.jixiao.filing.Kind;
import org.jixiao.findings.Finding;

/**
 * The 报送名单 of the input folder: who must file what, by when, in the order the bureau lists them;
 * and the findings made reading it. A roster applies per 年度 and kind: a (年度, kind) with no row on it
 * is tracked as without a roster (see {@link SubmissionStatus}).
 *
 * @param file     the roster's name in the input folder, null when there is none
 * @param entries  its usable rows, in file order
 * @param findings what was wrong with it (file, sheet, row, column and a reason)
 */
public record Roster(String file, List<RosterEntry> entries, List<Finding> findings) {

    public static final Roster NONE = new Roster(null, List.of(), List.of());

    public Roster {
        entries = List.copyOf(entries);
        findings = List.copyOf(findings);
    }

    /** Whether some row lists a department for this 年度 and kind. */
    public boolean covers(int year, Kind kind) {
        return entries.stream().anyMatch(e -> e.year() == year && e.kinds().contains(kind));
    }

    /** The departments due to file this kind for this 年度, in roster order. */
    public List<RosterEntry> due(int year, Kind kind) {
        return entries.stream().filter(e -> e.year() == year && e.kinds().contains(kind)).toList();
    }

    /** Every department the roster lists for a 年度, whatever the kind, in roster order. */
    public List<RosterEntry> listed(int year) {
        return entries.stream().filter(e -> e.year() == year).toList();
    }

    public SortedSet<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>();
        entries.forEach(e -> years.add(e.year()));
        return years;
    }

    /** The departments the roster lists, each once, in the order of their first row (whatever the 年度). */
    public List<String> departments() {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RosterEntry e : entries) {
            if (seen.add(Departments.key(e.department()))) {
                names.add(e.department());
            }
        }
        return names;
    }

    /**
     * Departments in the roster's order (their first row, whatever the 年度), the ones it does not list
     * after them in {@code others}' order: the order of the 汇总表 and the books when a roster is given.
     */
    public Comparator<String> departmentOrder(Comparator<String> others) {
        return order(departments(), others);
    }

    /** Departments in the order of {@code listed} (names compared by {@link Departments#key}), the others after them in {@code others}' order. */
    public static Comparator<String> order(List<String> listed, Comparator<String> others) {
        if (listed.isEmpty()) {
            return others;
        }
        Map<String, Integer> rank = new HashMap<>();
        for (String d : listed) {
            rank.putIfAbsent(Departments.key(d), rank.size());
        }
        // a night sorts the same names over and over: each name's place is worked out once
        Map<String, Integer> byName = new java.util.concurrent.ConcurrentHashMap<>();
        return Comparator.<String>comparingInt(d -> byName.computeIfAbsent(d, n -> rank.getOrDefault(Departments.key(n), Integer.MAX_VALUE)))
                .thenComparing(others);
    }

    /** The roster names of a 年度 as the nearest-name search wants them, in roster order, each once. */
    List<String> names(int year) {
        List<String> names = new ArrayList<>();
        for (RosterEntry e : listed(year)) {
            if (!names.contains(e.department())) {
                names.add(e.department());
            }
        }
        return names;
    }
}
