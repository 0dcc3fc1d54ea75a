package org.jixiao.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.jixiao.filing.Budget;
import org.jixiao.filing.Departments;
import org.jixiao.filing.Evaluation;
import org.jixiao.filing.IndicatorCounts;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Project;
import org.jixiao.filing.SelfEvaluation;
import org.jixiao.filing.TargetFunds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Checked projects (their indicators live in their blocks); which are current (latest version of their filing). */
@Repository
public class ProjectStore {

    private static final String INSERT = """
            MERGE INTO jx_project (file_id, run_id, project_key, kind, status, budget_year, region, department, name, unit, code,
              nature, category, start_date, end_date, total_funds, fiscal_funds, other_funds, annual_amount, current_approp,
              carryover, annual_other, project_goal, annual_goal, expected_goal, actual_result, fund_weight, initial_budget,
              adjusted_budget, executed, cur_initial, cur_adjusted, cur_executed, carry_initial, carry_adjusted, carry_executed,
              oth_initial, oth_adjusted, oth_executed, stated_rate, stated_fund_score, stated_total_wt, stated_total,
              execution_rate, initial_rate, used_fund_weight, fund_score, total_score, total_weight, grade, ind_count, ind_quant,
              ind_cost, ind_output, ind_benefit, ind_satisfaction, ind_other, deductions, deducted, sheet, first_row, first_seq, row_count)
            KEY (file_id, project_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
              ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** Current, imported projects of a kind in report order: 年度, 地区 ({@link Departments#REGION_ORDER}), 主管部门, as filed. */
    private static final String CURRENT = """
            SELECT p.*, f.path FROM jx_project p JOIN jx_file f ON f.file_id = p.file_id
            WHERE p.is_current AND p.status = 'IMPORTED' AND p.kind = ?
            ORDER BY p.budget_year, """ + Departments.regionRankSql("p.region") + ", p.region, p.department, f.path, p.first_seq";

    private final JdbcTemplate jdbc;
    private final BlockStore blocks;

    public ProjectStore(JdbcTemplate jdbc, BlockStore blocks) {
        this.jdbc = jdbc;
        this.blocks = blocks;
    }

    /** What to store for one checked project; {@code project} null means rejected. */
    public record Checked(long fileId, long runId, String key, Kind kind, Project project, Evaluation evaluation,
            Integer year, String region, String department, String name, String sheet, int firstRow, int firstSeq, int rows) {
    }

    /** Stores checked projects (imported or rejected) in one batch; a project checked again replaces its row. */
    public void insertAll(List<Checked> checked) {
        jdbc.batchUpdate(INSERT, checked, checked.size(), ProjectStore::bind);
    }

    private static void bind(PreparedStatement ps, Checked c) throws SQLException {
        Project p = c.project();
        TargetFunds f = p == null ? null : p.funds();
        SelfEvaluation s = p == null ? null : p.evaluation();
        Evaluation e = c.evaluation();
        Budget total = s == null ? Budget.NONE : s.total();
        Budget cur = s == null ? Budget.NONE : s.currentAppropriation();
        Budget carry = s == null ? Budget.NONE : s.carryover();
        Budget oth = s == null ? Budget.NONE : s.other();
        IndicatorCounts n = p == null ? null : IndicatorCounts.of(p.indicators());
        Object[] values = {c.fileId(), c.runId(), c.key(), c.kind().code(), p == null ? "REJECTED" : "IMPORTED", c.year(),
            c.region(), c.department(), c.name(), p == null ? null : p.unit(), p == null ? null : p.code(),
            p == null ? null : p.nature(), p == null ? null : p.category(),
            p == null || p.start() == null ? null : Date.valueOf(p.start()), p == null || p.end() == null ? null : Date.valueOf(p.end()),
            f == null ? null : f.total(), f == null ? null : f.fiscal(), f == null ? null : f.other(), f == null ? null : f.annual(),
            f == null ? null : f.currentAppropriation(), f == null ? null : f.carryover(), f == null ? null : f.annualOther(),
            p == null ? null : p.projectGoal(), p == null ? null : p.annualGoal(),
            s == null ? null : s.expectedGoal(), s == null ? null : s.actualResult(), s == null ? null : s.fundWeight(),
            total.initial(), total.adjusted(), total.executed(), cur.initial(), cur.adjusted(), cur.executed(),
            carry.initial(), carry.adjusted(), carry.executed(), oth.initial(), oth.adjusted(), oth.executed(),
            s == null ? null : s.statedRate(), s == null ? null : s.statedFundScore(), s == null ? null : s.statedTotalWeight(),
            s == null ? null : s.statedTotalScore(), e == null ? null : e.executionRate(), e == null ? null : e.initialRate(),
            e == null ? null : e.fundWeight(),
            e == null ? null : e.fundScore(), e == null ? null : e.totalScore(), e == null ? null : e.totalWeight(),
            e == null ? null : e.grade().name(), n == null ? null : n.total(), n == null ? null : n.quantitative(),
            n == null ? null : n.cost(), n == null ? null : n.output(), n == null ? null : n.benefit(),
            n == null ? null : n.satisfaction(), n == null ? null : n.other(), n == null ? null : n.deductions(),
            n == null ? null : n.deducted(), c.sheet(), c.firstRow(), c.firstSeq(), c.rows()};
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    /** A newer version of a filing (kind, 年度, 主管部门) replaces the projects of earlier versions. */
    public void supersedeEarlierFilings(long runId) {
        jdbc.update("""
                UPDATE jx_project old SET is_current = FALSE
                WHERE old.run_id <> ? AND old.is_current AND EXISTS (
                  SELECT 1 FROM jx_project n WHERE n.run_id = ? AND n.kind = old.kind AND n.budget_year = old.budget_year
                    AND n.department = old.department)""", runId, runId);
    }

    /** A filing: the projects one department filed for one 年度, of one kind. */
    public record FilingKey(String kind, int year, String department) {
    }

    /** The filings a file version holds (those with a readable 年度 and 主管部门). */
    public List<FilingKey> filingsOf(long fileId) {
        return jdbc.query("""
                SELECT DISTINCT kind, budget_year, department FROM jx_project
                WHERE file_id = ? AND budget_year IS NOT NULL AND department IS NOT NULL""",
                (rs, n) -> new FilingKey(rs.getString(1), rs.getInt(2), rs.getString(3)), fileId);
    }

    /**
     * A filing whose current version was withdrawn with its file is current again in its latest version
     * still in the input folder (latest run wins), if there is one: the department's earlier file, which
     * the withdrawn one had replaced, counts again. Returns the projects made current.
     */
    public int restore(FilingKey filing) {
        Integer current = jdbc.queryForObject("""
                SELECT COUNT(*) FROM jx_project WHERE is_current AND kind = ? AND budget_year = ? AND department = ?""",
                Integer.class, filing.kind(), filing.year(), filing.department());
        if (current != null && current > 0) {
            return 0;
        }
        return jdbc.update("""
                UPDATE jx_project p SET is_current = TRUE
                WHERE p.kind = ? AND p.budget_year = ? AND p.department = ?
                  AND EXISTS (SELECT 1 FROM jx_file f WHERE f.file_id = p.file_id AND f.is_current)
                  AND p.run_id = (SELECT MAX(q.run_id) FROM jx_project q JOIN jx_file qf ON qf.file_id = q.file_id AND qf.is_current
                                  WHERE q.kind = ? AND q.budget_year = ? AND q.department = ?)""",
                filing.kind(), filing.year(), filing.department(), filing.kind(), filing.year(), filing.department());
    }

    /**
     * The summary figures of every current, imported project of a kind, in report order, read from the
     * project rows alone (no project is rebuilt): what the 汇总表 need for a city in one pass.
     */
    public void forEachCurrentFacts(Kind kind, Consumer<StoredFacts> action) {
        jdbc.query(CURRENT, rs -> {
            action.accept(FactsReader.read(rs));
        }, kind.code());
    }

    /** How many current projects of a kind a department filed that were rejected (错误): not in any sum. */
    public record RejectedCount(Kind kind, int year, String region, String department, int projects) {
    }

    /** Rejected current projects per kind and department; those without a readable 年度 or 主管部门 belong to none. */
    public List<RejectedCount> rejectedCounts() {
        return jdbc.query("""
                SELECT p.kind, p.budget_year, p.region, p.department, COUNT(*) FROM jx_project p
                WHERE p.is_current AND p.status = 'REJECTED' AND p.budget_year IS NOT NULL AND p.department IS NOT NULL
                  AND p.region IS NOT NULL
                GROUP BY p.kind, p.budget_year, p.region, p.department
                ORDER BY p.kind, p.budget_year, p.region, p.department""",
                (rs, n) -> new RejectedCount(Kind.ofCode(rs.getString(1)), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
    }

    /** A department with current projects, and how many (both kinds), in report order. */
    public record DepartmentCount(int year, String region, String department, int projects) {
    }

    public List<DepartmentCount> departments() {
        return jdbc.query("""
                SELECT p.budget_year, p.region, p.department, COUNT(*) AS n FROM jx_project p
                WHERE p.is_current AND p.status = 'IMPORTED'
                GROUP BY p.budget_year, p.region, p.department
                ORDER BY p.budget_year, """ + Departments.regionRankSql("p.region") + ", p.region, p.department",
                (rs, n) -> new DepartmentCount(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
    }

    /** The current, imported projects of a kind of one department, rebuilt, in report order. */
    public List<StoredProject> currentOf(Kind kind, int year, String region, String department) {
        ProjectReader reader = new ProjectReader(blocks);
        List<StoredProject> found = new java.util.ArrayList<>();
        jdbc.query("""
                SELECT p.*, f.path FROM jx_project p JOIN jx_file f ON f.file_id = p.file_id
                WHERE p.is_current AND p.status = 'IMPORTED' AND p.kind = ? AND p.budget_year = ? AND p.region = ? AND p.department = ?
                ORDER BY f.path, p.first_seq""", rs -> {
                    found.add(reader.read(rs));
                }, kind.code(), year, region, department);
        return found;
    }

    /** One stored project, rebuilt from its blocks. */
    public StoredProject load(long projectId) {
        ProjectReader reader = new ProjectReader(blocks);
        List<StoredProject> found = new java.util.ArrayList<>();
        jdbc.query("SELECT p.*, f.path FROM jx_project p JOIN jx_file f ON f.file_id = p.file_id WHERE p.project_id = ?",
                rs -> {
                    found.add(reader.read(rs));
                }, projectId);
        return found.get(0);
    }

    /**
     * Every current, imported project of a kind, in report order: 年度, 地区 (市级, then the districts), 主管部门, then as
     * filed (file, first row).
     */
    public void forEachCurrent(Kind kind, Consumer<StoredProject> action) {
        ProjectReader reader = new ProjectReader(blocks);
        jdbc.query(CURRENT,
                rs -> {
                    action.accept(reader.read(rs));
                }, kind.code());
    }
}
