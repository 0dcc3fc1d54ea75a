package org.jixiao.roster;

import java.time.LocalDate;
import java.util.Set;
import org.jixiao.filing.Kind;
import org.jixiao.filing.SourceRef;

/**
 * One usable row of the 报送名单: a department that must file the given kinds for a 年度, by a date.
 *
 * @param department the canonical name ({@link org.jixiao.filing.Departments#canonical})
 * @param region     as written, else derived from the department as for filings
 * @param deadline   截止日期, null when the row gives none (nothing is then judged late)
 * @param source     the row in the roster file
 */
public record RosterEntry(int year, String region, String department, Set<Kind> kinds, LocalDate deadline, SourceRef source) {

    public RosterEntry {
        kinds = Set.copyOf(kinds);
    }
}
