package org.jixiao.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jixiao.filing.Kind;
import org.jixiao.findings.Rule;
import org.jixiao.findings.TargetAgreementTable;
import org.jixiao.findings.TargetsCheck;
import org.jixiao.roster.Received;
import org.jixiao.roster.StatusLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the consolidation found on a night, for the steps after it and the report: the 报送情况 (one
 * {@link StatusLine} per 年度, kind and department) and, per 年度 and department, how its 自评 stand against
 * its targets ({@link TargetAgreementTable.Line}). Both are recorded in report order and replaced when
 * the consolidation runs again.
 */
@Repository
public class StatusStore {

    private final JdbcTemplate jdbc;

    public StatusStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void recordStatus(long runId, List<StatusLine> lines) {
        jdbc.update("DELETE FROM jx_night_status WHERE run_id = ?", runId);
        int[] seq = {0};
        jdbc.batchUpdate("""
                INSERT INTO jx_night_status (run_id, seq, budget_year, kind, region, department, state, due, deadline, received,
                  first_received, last_changed, accepted, refused, errors, late)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", lines, 1000, (ps, l) -> {
                    Received r = l.received();
                    Object[] values = {runId, seq[0]++, l.year(), l.kind().code(), l.region(), l.department(), l.state().name(), l.due(),
                        date(l.deadline()), r != null, r == null ? null : date(r.firstReceived()), r == null ? null : date(r.lastChanged()),
                        r == null ? null : r.accepted(), r == null ? null : r.refused(), r == null ? null : r.errors(), l.late()};
                    for (int i = 0; i < values.length; i++) {
                        ps.setObject(i + 1, values[i]);
                    }
                });
    }

    /** The night's 报送情况 in report order (a line's {@link Received} without its source: the findings name it). */
    public List<StatusLine> status(long runId) {
        return jdbc.query("""
                SELECT budget_year, kind, region, department, state, due, deadline, received, first_received, last_changed, accepted,
                  refused, errors, late FROM jx_night_status WHERE run_id = ? ORDER BY seq""", (rs, n) -> {
                    int year = rs.getInt(1);
                    Kind kind = Kind.ofCode(rs.getString(2));
                    Received r = rs.getBoolean(8) ? new Received(year, kind, rs.getString(3), rs.getString(4), null, local(rs.getDate(9)),
                            local(rs.getDate(10)), rs.getInt(11), rs.getInt(12), rs.getInt(13)) : null;
                    return new StatusLine(year, kind, rs.getString(3), rs.getString(4), StatusLine.State.valueOf(rs.getString(5)),
                            rs.getBoolean(6), local(rs.getDate(7)), r, rs.getBoolean(14));
                }, runId);
    }

    /** The rules whose counts an agreement line keeps, in the columns' order. */
    private static final List<Rule> RULES = TargetAgreementTable.RULES;

    public void recordAgreement(long runId, List<TargetAgreementTable.Line> lines) {
        jdbc.update("DELETE FROM jx_night_agreement WHERE run_id = ?", runId);
        int[] seq = {0};
        jdbc.batchUpdate("""
                INSERT INTO jx_night_agreement (run_id, seq, budget_year, region, department, projects, with_targets, agreeing,
                  w14, w15, w16, i09, i10) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", lines, 1000, (ps, l) -> {
                    ps.setLong(1, runId);
                    ps.setInt(2, seq[0]++);
                    ps.setInt(3, l.year());
                    ps.setString(4, l.region());
                    ps.setString(5, l.department());
                    ps.setInt(6, l.agreement().projects());
                    ps.setInt(7, l.agreement().withTargets());
                    ps.setInt(8, l.agreement().agreeing());
                    for (int i = 0; i < RULES.size(); i++) {
                        ps.setInt(9 + i, l.count(RULES.get(i)));
                    }
                });
    }

    /** Per 年度 and department with 自评, in report order: how they stand against the targets declared. */
    public List<TargetAgreementTable.Line> agreement(long runId) {
        return jdbc.query("""
                SELECT budget_year, region, department, projects, with_targets, agreeing, w14, w15, w16, i09, i10
                FROM jx_night_agreement WHERE run_id = ? ORDER BY seq""", (rs, n) -> {
                    Map<Rule, Integer> counts = new java.util.EnumMap<>(Rule.class);
                    for (int i = 0; i < RULES.size(); i++) {
                        counts.put(RULES.get(i), rs.getInt(7 + i));
                    }
                    return new TargetAgreementTable.Line(rs.getInt(1), rs.getString(2), rs.getString(3),
                            new TargetsCheck.Agreement(rs.getInt(4), rs.getInt(5), rs.getInt(6)), counts);
                }, runId);
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate local(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
