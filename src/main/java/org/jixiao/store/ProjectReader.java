package org.jixiao.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.filing.Budget;
import org.jixiao.filing.Evaluation;
import org.jixiao.filing.Grade;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Project;
import org.jixiao.filing.SelfEvaluation;
import org.jixiao.filing.SourceRef;
import org.jixiao.filing.TargetFunds;
import org.jixiao.filing.TargetValue;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rebuilds a {@link Project} (and its {@link Evaluation}) from a jx_project row and its indicators. */
final class ProjectReader {

    private final JdbcTemplate jdbc;

    ProjectReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    StoredProject read(ResultSet rs) throws SQLException {
        long id = rs.getLong("project_id");
        Kind kind = Kind.ofCode(rs.getString("kind"));
        String file = rs.getString("path");
        List<Indicator> indicators = indicators(id, file, kind);
        TargetFunds funds = kind == Kind.TARGETS ? new TargetFunds(money(rs, "total_funds"), money(rs, "fiscal_funds"),
                money(rs, "other_funds"), money(rs, "annual_amount"), money(rs, "current_approp"), money(rs, "carryover"),
                money(rs, "annual_other")) : null;
        SelfEvaluation evaluation = kind == Kind.SELF_EVALUATION ? selfEvaluation(rs) : null;
        Project project = new Project(kind, rs.getInt("budget_year"), rs.getString("region"), rs.getString("department"),
                rs.getString("unit"), rs.getString("code"), rs.getString("name"), rs.getString("nature"), rs.getString("category"),
                date(rs, "start_date"), date(rs, "end_date"), funds, evaluation, rs.getString("project_goal"),
                rs.getString("annual_goal"), indicators, new SourceRef(file, rs.getString("sheet"), rs.getInt("first_row")));
        Evaluation computed = kind == Kind.SELF_EVALUATION ? new Evaluation(number(rs, "execution_rate"),
                number(rs, "initial_rate"), number(rs, "used_fund_weight"), number(rs, "fund_score"), number(rs, "total_score").subtract(number(rs, "fund_score")),
                number(rs, "total_score"), number(rs, "total_weight"), Grade.valueOf(rs.getString("grade"))) : null;
        return new StoredProject(id, project, computed);
    }

    private static SelfEvaluation selfEvaluation(ResultSet rs) throws SQLException {
        return new SelfEvaluation(
                new Budget(money(rs, "initial_budget"), money(rs, "adjusted_budget"), money(rs, "executed")),
                new Budget(money(rs, "cur_initial"), money(rs, "cur_adjusted"), money(rs, "cur_executed")),
                new Budget(money(rs, "carry_initial"), money(rs, "carry_adjusted"), money(rs, "carry_executed")),
                new Budget(money(rs, "oth_initial"), money(rs, "oth_adjusted"), money(rs, "oth_executed")),
                number(rs, "fund_weight"), rs.getString("expected_goal"), rs.getString("actual_result"),
                number(rs, "stated_rate"), number(rs, "stated_fund_score"), number(rs, "stated_total_wt"), number(rs, "stated_total"));
    }

    private List<Indicator> indicators(long projectId, String file, Kind kind) {
        boolean self = kind == Kind.SELF_EVALUATION;
        return jdbc.query("SELECT * FROM jx_indicator WHERE project_id = ? ORDER BY seq", (rs, n) -> new Indicator(
                new SourceRef(file, rs.getString("sheet"), rs.getInt("row_no")), rs.getString("level1"), rs.getString("level2"),
                rs.getString("level3"), TargetValue.parse(rs.getString("target_raw")),
                self ? TargetValue.parse(rs.getString("actual_raw")) : null, number(rs, "weight"), number(rs, "score"),
                rs.getString("deviation")), projectId);
    }

    /** Money back at its natural scale (2 places for 元 amounts filed with fen). */
    private static BigDecimal money(ResultSet rs, String column) throws SQLException {
        BigDecimal v = rs.getBigDecimal(column);
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 2 ? s.setScale(2) : s;
    }

    private static BigDecimal number(ResultSet rs, String column) throws SQLException {
        BigDecimal v = rs.getBigDecimal(column);
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
