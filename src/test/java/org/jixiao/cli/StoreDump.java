package org.jixiao.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The business content of a store, without surrogate ids and timestamps, for comparing two runs. */
final class StoreDump {

    private static final String[] QUERIES = {
        "SELECT path, sha256, bytes, complete, rows_read, rows_imported, rows_rejected, file_rejected, file_refused FROM jx_file ORDER BY path",
        "SELECT run_id, path, action, note FROM jx_run_file ORDER BY run_id, path",
        """
        SELECT f.path, b.first_seq, b.sheet, b.kind, b.project_key, b.row_count, b.rows_packed
        FROM jx_block b JOIN jx_file f ON f.file_id = b.file_id ORDER BY f.path, b.first_seq""",
        """
        SELECT f.path, p.project_key, p.kind, p.status, p.digest, p.budget_year, p.region, p.department, p.name,
          p.annual_amount, p.executed, p.execution_rate, p.total_score, p.grade, p.row_count, p.first_seq, p.first_row
        FROM jx_project p JOIN jx_file f ON f.file_id = p.file_id ORDER BY f.path, p.project_key""",
        "SELECT run_id, night_run_id, rule_id, file, sheet, row_no, col, department, project, message FROM jx_finding "
            + "ORDER BY file, sheet, row_no, rule_id, message, col, department, project",
        """
        SELECT n.run_id, n.path, p.project_key, n.status FROM jx_night_project n JOIN jx_project p ON p.project_id = n.project_id
        ORDER BY n.run_id, n.path, p.project_key""",
        "SELECT run_id, path, kind, budget_year, region, department, pages, bytes, sha256, fingerprint FROM jx_output ORDER BY path",
        "SELECT run_id, run_date, status FROM jx_run ORDER BY run_id"};

    private StoreDump() {
    }

    static List<String> of(Path output) throws SQLException {
        List<String> lines = new ArrayList<>();
        String url = "jdbc:h2:file:" + output.resolve(".jixiao/store").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            for (String q : QUERIES) {
                lines.add("-- " + q.strip().lines().findFirst().orElse(""));
                try (ResultSet rs = s.executeQuery(q)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            line.append(i > 1 ? " | " : "").append(rs.getString(i));
                        }
                        lines.add(line.toString());
                    }
                }
            }
        }
        return lines;
    }
}
