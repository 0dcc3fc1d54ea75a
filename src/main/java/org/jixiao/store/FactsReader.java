package org.jixiao.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jixiao.filing.Budget;
import org.jixiao.filing.Evaluation;
import org.jixiao.filing.Grade;
import org.jixiao.filing.IndicatorCounts;
import org.jixiao.filing.Kind;
import org.jixiao.filing.ProjectFacts;
import org.jixiao.filing.TargetFunds;

/** Reads a project's summary figures from its jx_project row. */
final class FactsReader {

    private FactsReader() {
    }

    static StoredFacts read(ResultSet rs) throws SQLException {
        Kind kind = Kind.ofCode(rs.getString("kind"));
        TargetFunds funds = kind == Kind.TARGETS ? new TargetFunds(money(rs, "total_funds"), money(rs, "fiscal_funds"),
                money(rs, "other_funds"), money(rs, "annual_amount"), money(rs, "current_approp"), money(rs, "carryover"),
                money(rs, "annual_other")) : null;
        Budget budget = kind == Kind.SELF_EVALUATION
                ? new Budget(money(rs, "initial_budget"), money(rs, "adjusted_budget"), money(rs, "executed")) : null;
        Evaluation e = kind == Kind.SELF_EVALUATION ? new Evaluation(number(rs, "execution_rate"), number(rs, "initial_rate"),
                number(rs, "used_fund_weight"), number(rs, "fund_score"), number(rs, "total_score").subtract(number(rs, "fund_score")),
                number(rs, "total_score"), number(rs, "total_weight"), Grade.valueOf(rs.getString("grade"))) : null;
        IndicatorCounts counts = new IndicatorCounts(rs.getInt("ind_count"), rs.getInt("ind_quant"), rs.getInt("ind_cost"),
                rs.getInt("ind_output"), rs.getInt("ind_benefit"), rs.getInt("ind_satisfaction"), rs.getInt("ind_other"),
                rs.getInt("deductions"), number(rs, "deducted"));
        return new StoredFacts(rs.getLong("project_id"), new ProjectFacts(kind, rs.getInt("budget_year"), rs.getString("region"),
                rs.getString("department"), rs.getString("name"), rs.getString("code"), rs.getString("nature"), rs.getString("category"),
                funds, budget, e, counts));
    }

    /** Money back at its natural scale (2 places for 元 amounts filed with fen). */
    static BigDecimal money(ResultSet rs, String column) throws SQLException {
        BigDecimal v = rs.getBigDecimal(column);
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 2 ? s.setScale(2) : s;
    }

    static BigDecimal number(ResultSet rs, String column) throws SQLException {
        BigDecimal v = rs.getBigDecimal(column);
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
