package org.jixiao.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jixiao.findings.Finding;
import org.jixiao.findings.Rule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Findings, kept per file version so tonight's report covers every current filing, imported tonight or before. */
@Repository
public class FindingStore {

    private final JdbcTemplate jdbc;

    public FindingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A checked project's findings: the project is known by its file and key. */
    public record ProjectFindings(long fileId, String projectKey, List<Finding> findings) {
    }

    /**
     * Replaces the findings of projects (checked again after a crash, they are the same findings), in
     * two statements whatever their number.
     */
    public void replaceForProjects(long runId, List<ProjectFindings> projects) {
        if (projects.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("DELETE FROM jx_finding WHERE file_id = ? AND project_key = ?", projects, projects.size(), (ps, p) -> {
            ps.setLong(1, p.fileId());
            ps.setString(2, p.projectKey());
        });
        List<Located> all = new ArrayList<>();
        for (ProjectFindings p : projects) {
            for (Finding f : p.findings()) {
                all.add(new Located(p.fileId(), p.projectKey(), f, 0));
            }
        }
        insert(runId, all);
    }

    /** A finding with the file version and project (null for a file-level problem) it is recorded against. */
    private record Located(long fileId, String projectKey, Finding finding, int rowsRejected) {
    }

    /**
     * Records a problem with a whole file or sheet and the rows it rejected; recording the same problem
     * again (a file read again after a crash) replaces it.
     */
    public void replaceFileProblem(long runId, long fileId, Finding problem, int rowsRejected) {
        jdbc.update("""
                DELETE FROM jx_finding WHERE file_id = ? AND project_key IS NULL AND rule_id = ? AND sheet = ? AND row_no = ?
                  AND message = ?""", fileId, problem.rule().id(), problem.sheet(), problem.row(), problem.message());
        insert(runId, List.of(new Located(fileId, null, problem, rowsRejected)));
    }

    private void insert(long runId, List<Located> findings) {
        if (findings.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO jx_finding (run_id, file_id, project_key, rule_id, severity, file, sheet, row_no, col, department, project,
                  message, rows_rejected)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", findings, findings.size(), (ps, located) -> {
                    Finding f = located.finding();
                    ps.setLong(1, runId);
                    ps.setLong(2, located.fileId());
                    ps.setString(3, located.projectKey());
                    ps.setString(4, f.rule().id());
                    ps.setString(5, f.severity().name());
                    ps.setString(6, f.file());
                    ps.setString(7, f.sheet());
                    ps.setInt(8, f.row());
                    ps.setString(9, f.column());
                    ps.setString(10, f.department());
                    ps.setString(11, f.project());
                    ps.setString(12, f.message());
                    ps.setInt(13, located.rowsRejected());
                });
    }

    /**
     * Findings of current files: file-level ones, and those of each file's projects that are still
     * current (a rejected project stays "current" until a newer version of its filing arrives). Ordered
     * by file, row, rule.
     */
    public void forEachCurrent(Consumer<Finding> action) {
        jdbc.query("""
                SELECT f.* FROM jx_finding f JOIN jx_file i ON i.file_id = f.file_id
                LEFT JOIN jx_project p ON p.file_id = f.file_id AND p.project_key = f.project_key
                WHERE i.is_current AND (f.project_key IS NULL OR p.is_current)
                ORDER BY f.file, f.sheet, f.row_no, f.rule_id, f.message, f.finding_id""", rs -> {
            action.accept(new Finding(Rule.ofId(rs.getString("rule_id")), rs.getString("file"), rs.getString("sheet"),
                    rs.getInt("row_no"), rs.getString("col"), rs.getString("department"), rs.getString("project"),
                    rs.getString("message")));
        });
    }

    /** Findings recorded for one project, for marking its printed form. */
    public List<Finding> ofProject(long projectId) {
        return jdbc.query("""
                SELECT f.* FROM jx_finding f JOIN jx_project p ON p.file_id = f.file_id AND p.project_key = f.project_key
                WHERE p.project_id = ? ORDER BY f.row_no, f.rule_id, f.message, f.finding_id""",
                (rs, n) -> new Finding(Rule.ofId(rs.getString("rule_id")), rs.getString("file"), rs.getString("sheet"),
                        rs.getInt("row_no"), rs.getString("col"), rs.getString("department"), rs.getString("project"),
                        rs.getString("message")), projectId);
    }

    /** Current findings per severity name (错误, 问题, 提示). */
    public java.util.Map<String, Integer> countCurrentBySeverity() {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (org.jixiao.findings.Severity s : org.jixiao.findings.Severity.values()) {
            counts.put(s.name(), 0);
        }
        jdbc.query("""
                SELECT f.severity, COUNT(*) FROM jx_finding f JOIN jx_file i ON i.file_id = f.file_id
                LEFT JOIN jx_project p ON p.file_id = f.file_id AND p.project_key = f.project_key
                WHERE i.is_current AND (f.project_key IS NULL OR p.is_current) GROUP BY f.severity""",
                rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    /** How many 错误 findings a run recorded: the run finished, but filings were rejected. */
    public int errorsOfRun(long runId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM jx_finding WHERE run_id = ? AND severity = '错误'", Integer.class, runId);
        return n == null ? 0 : n;
    }

}
