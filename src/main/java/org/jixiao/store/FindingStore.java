package org.jixiao.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.findings.Finding;
import org.jixiao.findings.Rule;
import org.jixiao.findings.Severity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Findings: those of a content, kept with it and shown under whatever path holds it tonight, and a
 * night's own (a project filed twice, E07). A night's findings are those of the contents in its input
 * folder and its own.
 */
@Repository
public class FindingStore {

    /** Findings in the order of the 问题清单: by file, sheet, row, rule, then the rest of what they say. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::sheet, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(Finding::row)
            .thenComparing(f -> f.rule().id())
            .thenComparing(Finding::message)
            .thenComparing(Finding::column, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::department, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::project, Comparator.nullsFirst(Comparator.naturalOrder()));

    // COALESCE(night_run_id, 0) = 0 is night_run_id IS NULL in a form H2 cannot answer from jx_finding_night: asked
    // as IS NULL, H2 read every content finding of the store for each file of the night (quadratic in the city)
    // instead of each file's findings through jx_finding_project
    private static final String NIGHT = """
            SELECT f.*, rf.path AS night_path FROM jx_run_file rf JOIN jx_finding f ON f.file_id = rf.file_id
            WHERE rf.run_id = ? AND rf.action <> 'WITHDRAWN' AND COALESCE(f.night_run_id, 0) = 0
            UNION ALL
            SELECT f.*, f.file AS night_path FROM jx_finding f WHERE f.night_run_id = ?""";

    /** {@link #NIGHT}'s 错误 alone, the severity asked of each side: a night's errors are a few among its findings. */
    private static final String NIGHT_ERRORS = """
            SELECT f.*, rf.path AS night_path FROM jx_run_file rf JOIN jx_finding f ON f.file_id = rf.file_id
            WHERE rf.run_id = ? AND rf.action <> 'WITHDRAWN' AND COALESCE(f.night_run_id, 0) = 0 AND f.severity = '错误'
            UNION ALL
            SELECT f.*, f.file AS night_path FROM jx_finding f WHERE f.night_run_id = ? AND f.severity = '错误'""";

    private static final RowMapper<Finding> AT_NIGHT_PATH = (rs, n) -> new Finding(Rule.ofId(rs.getString("rule_id")),
            rs.getString("night_path"), rs.getString("sheet"), rs.getInt("row_no"), rs.getString("col"), rs.getString("department"),
            rs.getString("project"), rs.getString("message"));

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
        jdbc.batchUpdate("DELETE FROM jx_finding WHERE file_id = ? AND project_key = ? AND night_run_id IS NULL", projects,
                projects.size(), (ps, p) -> {
                    ps.setLong(1, p.fileId());
                    ps.setString(2, p.projectKey());
                });
        List<Located> all = new ArrayList<>();
        for (ProjectFindings p : projects) {
            for (Finding f : p.findings()) {
                all.add(new Located(p.fileId(), p.projectKey(), f, 0));
            }
        }
        insert(runId, null, null, all);
    }

    /** A finding with the content and project (null for a file-level problem) it is recorded against. */
    public record Located(long fileId, String projectKey, Finding finding, int rowsRejected) {
    }

    /**
     * Records a problem with a whole file or sheet and the rows it rejected; recording the same problem
     * again (a file read again after a crash) replaces it.
     */
    public void replaceFileProblem(long runId, long fileId, Finding problem, int rowsRejected) {
        jdbc.update("""
                DELETE FROM jx_finding WHERE file_id = ? AND project_key IS NULL AND night_run_id IS NULL AND rule_id = ? AND sheet = ?
                  AND row_no = ? AND message = ?""", fileId, problem.rule().id(), problem.sheet(), problem.row(), problem.message());
        insert(runId, null, null, List.of(new Located(fileId, null, problem, rowsRejected)));
    }

    /**
     * Replaces a night's own findings of the given rules (worked out again after a crash, they are the
     * same); each step that works some out owns its rules — but for the consolidation's, which are replaced
     * as a part ({@link #replaceConsolidation}). A finding about no content (a file the night did not read)
     * is recorded against content 0.
     */
    public void replaceNight(long runId, java.util.Set<Rule> rules, List<Located> findings) {
        jdbc.batchUpdate("DELETE FROM jx_finding WHERE night_run_id = ? AND night_part IS NULL AND rule_id = ?", List.copyOf(rules),
                rules.size(), (ps, r) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, r.id());
                });
        insert(runId, runId, null, findings);
    }

    /** The part of a night's own findings the consolidation makes: the roster's, 报送情况's, 自评 against targets. */
    private static final String CONSOLIDATION = "consolidate";

    /**
     * Replaces the consolidation's findings of a night. They are about the night as a whole (the roster,
     * who filed, a department's 自评 against its 申报表), not about one content, and are recorded against
     * content 0. They are a part of their own rather than a set of rules: the roster's own reading gives
     * the file rules (F01–F07) that filings give too.
     */
    public void replaceConsolidation(long runId, List<Finding> findings) {
        jdbc.update("DELETE FROM jx_finding WHERE night_run_id = ? AND night_part = ?", runId, CONSOLIDATION);
        insert(runId, runId, CONSOLIDATION, findings.stream().map(f -> new Located(0, null, f, 0)).toList());
    }

    private void insert(long runId, Long night, String part, List<Located> findings) {
        if (findings.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO jx_finding (run_id, night_run_id, night_part, file_id, project_key, rule_id, severity, file, sheet, row_no,
                  col, department, project, message, rows_rejected)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", findings, findings.size(), (ps, located) -> {
                    Finding f = located.finding();
                    ps.setLong(1, runId);
                    ps.setObject(2, night);
                    ps.setString(3, part);
                    ps.setLong(4, located.fileId());
                    ps.setString(5, located.projectKey());
                    ps.setString(6, f.rule().id());
                    ps.setString(7, f.severity().name());
                    ps.setString(8, f.file());
                    ps.setString(9, f.sheet());
                    ps.setInt(10, f.row());
                    ps.setString(11, f.column());
                    ps.setString(12, f.department());
                    ps.setString(13, f.project());
                    ps.setString(14, f.message());
                    ps.setInt(15, located.rowsRejected());
                });
    }

    /** Every finding of a night, each under the path it is about tonight, in the 问题清单's order. */
    public List<Finding> ofNight(long runId) {
        List<Finding> all = new ArrayList<>(jdbc.query(NIGHT, AT_NIGHT_PATH, runId, runId));
        all.sort(ORDER);
        return all;
    }

    /**
     * Findings recorded for one project's content, for marking its printed form. The project's file and
     * key are looked up first, so the findings are found through their index on both: written as a join,
     * H2 read every finding of every content (jx_finding_night) for each form, which made the render of a
     * city quadratic in its size.
     */
    public List<Finding> ofProject(long projectId) {
        return jdbc.query("""
                SELECT f.*, f.file AS night_path FROM jx_finding f
                WHERE f.file_id = (SELECT p.file_id FROM jx_project p WHERE p.project_id = ?)
                  AND f.project_key = (SELECT p.project_key FROM jx_project p WHERE p.project_id = ?)
                  AND f.night_run_id IS NULL""", AT_NIGHT_PATH, projectId, projectId).stream()
                .sorted(Comparator.comparingInt(Finding::row).thenComparing(f -> f.rule().id()).thenComparing(Finding::message)
                        .thenComparing(Finding::column, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    /** A night's findings per severity, every severity present. */
    public Map<Severity, Integer> countsOfNight(long runId) {
        return counts(ofNight(runId));
    }

    /** Findings per severity, every severity present. */
    public static Map<Severity, Integer> counts(List<Finding> found) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (Finding f : found) {
            counts.merge(f.severity(), 1, Integer::sum);
        }
        return counts;
    }

    /** The same counts keyed by the severity's name, as manifest.json writes them. */
    public static Map<String, Integer> countsByName(List<Finding> found) {
        Map<String, Integer> named = new LinkedHashMap<>();
        counts(found).forEach((s, n) -> named.put(s.name(), n));
        return named;
    }

    /**
     * How many of a night's 错误 findings the night before did not have (the same rule, file, sheet, row
     * and message): what is new tonight. Every one is new on a first night.
     */
    public int newErrors(List<Finding> tonight, Long previousRunId) {
        Set<String> before = new HashSet<>();
        if (previousRunId != null) {
            jdbc.query(NIGHT_ERRORS, AT_NIGHT_PATH, previousRunId, previousRunId).forEach(f -> before.add(errorKey(f)));
        }
        int n = 0;
        for (Finding f : tonight) {
            n += f.severity() == Severity.错误 && !before.contains(errorKey(f)) ? 1 : 0;
        }
        return n;
    }

    private static String errorKey(Finding f) {
        return String.join("\u001F", f.rule().id(), String.valueOf(f.file()), String.valueOf(f.sheet()), Integer.toString(f.row()),
                f.message());
    }

    /** Contents tonight whose file-level problems refused the whole file (F01–F04). */
    public int refusedFiles(long runId) {
        Integer n = jdbc.queryForObject("""
                SELECT COUNT(*) FROM jx_run_file rf JOIN jx_file f ON f.file_id = rf.file_id
                WHERE rf.run_id = ? AND rf.action <> 'WITHDRAWN' AND f.file_refused""", Integer.class, runId);
        return n == null ? 0 : n;
    }
}
