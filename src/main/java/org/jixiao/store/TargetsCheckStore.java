package org.jixiao.store;

import java.util.List;
import java.util.Optional;
import org.jixiao.findings.Finding;
import org.jixiao.findings.Rule;
import org.jixiao.findings.TargetsCheck;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The checks of a department's 自评 of a 年度 against its 申报表 ({@link TargetsCheck}), kept by a
 * fingerprint of everything they were made from: checking means rebuilding every project of both kinds,
 * so a night whose department is as it was takes the result as found. Like a content's reading, a result
 * depends on its inputs only, so it is kept whatever night or run made it.
 */
@Repository
public class TargetsCheckStore {

    /** What a check found: the counts the 汇总表 shows, and its findings in the order found. */
    public record Checked(TargetsCheck.Agreement agreement, List<Finding> findings) {
    }

    private final JdbcTemplate jdbc;

    public TargetsCheckStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Checked> find(String fingerprint) {
        List<TargetsCheck.Agreement> found = jdbc.query("SELECT projects, with_targets, agreeing FROM jx_targets_check WHERE fingerprint = ?",
                (rs, n) -> new TargetsCheck.Agreement(rs.getInt(1), rs.getInt(2), rs.getInt(3)), fingerprint);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Finding> findings = jdbc.query("""
                SELECT rule_id, file, sheet, row_no, col, department, project, message FROM jx_targets_check_finding
                WHERE fingerprint = ? ORDER BY seq""", (rs, n) -> new Finding(Rule.ofId(rs.getString(1)), rs.getString(2), rs.getString(3),
                rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)), fingerprint);
        return Optional.of(new Checked(found.get(0), findings));
    }

    /** Keeps a result (kept again, it replaces the same result). */
    public void keep(String fingerprint, Checked checked) {
        jdbc.update("DELETE FROM jx_targets_check_finding WHERE fingerprint = ?", fingerprint);
        jdbc.update("DELETE FROM jx_targets_check WHERE fingerprint = ?", fingerprint);
        TargetsCheck.Agreement a = checked.agreement();
        jdbc.update("INSERT INTO jx_targets_check (fingerprint, projects, with_targets, agreeing) VALUES (?, ?, ?, ?)", fingerprint,
                a.projects(), a.withTargets(), a.agreeing());
        int[] seq = {0};
        jdbc.batchUpdate("""
                INSERT INTO jx_targets_check_finding (fingerprint, seq, rule_id, file, sheet, row_no, col, department, project, message)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", checked.findings(), 1000, (ps, f) -> {
                    ps.setString(1, fingerprint);
                    ps.setInt(2, seq[0]++);
                    ps.setString(3, f.rule().id());
                    ps.setString(4, f.file());
                    ps.setString(5, f.sheet());
                    ps.setInt(6, f.row());
                    ps.setString(7, f.column());
                    ps.setString(8, f.department());
                    ps.setString(9, f.project());
                    ps.setString(10, f.message());
                });
    }
}
