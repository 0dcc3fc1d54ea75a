package org.jixiao.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

/**
 * Checked projects of every content read (their indicators live in their blocks), and the projects a
 * night publishes: those of the files in its input folder ({@code jx_night_project}). Lists come in
 * report order, sorted here rather than by the database, whose collation differs between H2 and
 * PostgreSQL and between PostgreSQL installations. Departments come in the night's order: its roster's
 * when it has one ({@link RosterStore#departments}).
 */
@Repository
public class ProjectStore {

    private static final String INSERT = """
            INSERT INTO jx_project (file_id, run_id, project_key, kind, status, digest, budget_year, region, department, name, unit, code,
              nature, category, start_date, end_date, total_funds, fiscal_funds, other_funds, annual_amount, current_approp,
              carryover, annual_other, project_goal, annual_goal, expected_goal, actual_result, fund_weight, initial_budget,
              adjusted_budget, executed, cur_initial, cur_adjusted, cur_executed, carry_initial, carry_adjusted, carry_executed,
              oth_initial, oth_adjusted, oth_executed, stated_rate, stated_fund_score, stated_total_wt, stated_total,
              execution_rate, initial_rate, used_fund_weight, fund_score, total_score, total_weight, grade, ind_count, ind_quant,
              ind_cost, ind_output, ind_benefit, ind_satisfaction, ind_other, deductions, deducted, sheet, first_row, first_seq, row_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
              ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** A night's published projects of a kind (imported, and not a second copy), with the path they are in tonight. */
    private static final String NIGHT = """
            SELECT p.*, np.path AS night_path FROM jx_night_project np JOIN jx_project p ON p.project_id = np.project_id
            WHERE np.run_id = ? AND np.status = 'IMPORTED' AND p.kind = ?""";

    private final JdbcTemplate jdbc;
    private final BlockStore blocks;
    private final RosterStore rosters;

    public ProjectStore(JdbcTemplate jdbc, BlockStore blocks, RosterStore rosters) {
        this.jdbc = jdbc;
        this.blocks = blocks;
        this.rosters = rosters;
    }

    /**
     * What to store for one checked project; {@code project} null means rejected. {@code digest} sums
     * up everything a report shows of it (see the check step).
     */
    public record Checked(long fileId, long runId, String key, Kind kind, Project project, Evaluation evaluation,
            Integer year, String region, String department, String name, String sheet, int firstRow, int firstSeq, int rows,
            String digest) {
    }

    /** Stores checked projects (imported or rejected) in one batch; a project checked again replaces its row. */
    public void insertAll(List<Checked> checked) {
        jdbc.batchUpdate("DELETE FROM jx_project WHERE file_id = ? AND project_key = ?", checked, checked.size(), (ps, c) -> {
            ps.setLong(1, c.fileId());
            ps.setString(2, c.key());
        });
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
        Object[] values = {c.fileId(), c.runId(), c.key(), c.kind().code(), ProjectStatus.of(p != null).name(), c.digest(), c.year(),
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

    /**
     * A project of tonight's input folder, for the night's verdicts: where it is tonight, its identity,
     * where it starts, and how it stands by its own rows.
     */
    public record NightEntry(String path, long projectId, long fileId, String key, Kind kind, Integer year, String region, String department,
            String name, String sheet, int firstRow, int firstSeq, boolean imported, String digest) {
    }

    /** Every project of the contents a night's input folder holds, once per path that holds it, in path and filing order. */
    public List<NightEntry> nightEntries(long runId) {
        List<NightEntry> entries = jdbc.query("""
                SELECT rf.path, p.project_id, p.file_id, p.project_key, p.kind, p.budget_year, p.region, p.department, p.name, p.sheet,
                  p.first_row, p.first_seq, p.status, p.digest
                FROM jx_run_file rf JOIN jx_project p ON p.file_id = rf.file_id
                WHERE rf.run_id = ? AND rf.action <> 'WITHDRAWN'""", (rs, n) -> new NightEntry(rs.getString(1), rs.getLong(2),
                rs.getLong(3), rs.getString(4), Kind.ofCode(rs.getString(5)), (Integer) rs.getObject(6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getInt(11), rs.getInt(12), ProjectStatus.imported(rs.getString(13)),
                rs.getString(14)), runId);
        return entries.stream().sorted(Comparator.comparing(NightEntry::path).thenComparingInt(NightEntry::firstSeq)).toList();
    }

    /** Records the night's projects and their verdicts (recorded again after a crash, it replaces them). */
    public void recordNight(long runId, List<NightEntry> published, java.util.Set<NightEntry> rejected) {
        jdbc.update("DELETE FROM jx_night_project WHERE run_id = ?", runId);
        jdbc.batchUpdate("INSERT INTO jx_night_project (run_id, path, project_id, status) VALUES (?, ?, ?, ?)", published,
                1000, (ps, e) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, e.path());
                    ps.setLong(3, e.projectId());
                    ps.setString(4, ProjectStatus.of(e.imported() && !rejected.contains(e)).name());
                });
    }

    /** Forgets the night tables of earlier runs on the same output folder: only a run in progress needs its own. */
    public void forgetEarlierNights(long runId) {
        jdbc.update("""
                DELETE FROM jx_night_project WHERE run_id < ? AND run_id IN (SELECT r.run_id FROM jx_run r JOIN jx_run me
                  ON me.run_id = ? AND me.output_dir = r.output_dir)""", runId, runId);
    }

    /** How many of a night's projects were rejected: by their own rows, or as a second copy (E07). */
    public int rejectedTonight(long runId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM jx_night_project WHERE run_id = ? AND status = 'REJECTED'",
                Integer.class, runId);
        return n == null ? 0 : n;
    }

    /** Rows a night imported and rejected per path: the content's counts, with second copies moved to rejected. */
    public java.util.Map<String, int[]> nightRowsByPath(long runId) {
        java.util.Map<String, int[]> rows = new java.util.HashMap<>();
        jdbc.query("""
                SELECT np.path, SUM(CASE WHEN np.status = 'IMPORTED' THEN p.row_count ELSE 0 END),
                  SUM(CASE WHEN np.status = 'REJECTED' THEN p.row_count ELSE 0 END)
                FROM jx_night_project np JOIN jx_project p ON p.project_id = np.project_id WHERE np.run_id = ? GROUP BY np.path""",
                rs -> {
                    rows.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
                }, runId);
        return rows;
    }

    /**
     * The summary figures of a night's published projects of a kind, in report order, read from the
     * project rows alone (no project is rebuilt): what the 汇总表 need for a city in one pass.
     */
    public List<StoredFacts> currentFacts(long runId, Kind kind) {
        List<Ordered<StoredFacts>> found = jdbc.query(NIGHT, (rs, n) -> new Ordered<>(order(rs), FactsReader.read(rs)), runId,
                kind.code());
        return sorted(found, runId);
    }

    /** How many projects of a kind a department filed tonight that were rejected (错误): not in any sum. */
    public record RejectedCount(Kind kind, int year, String region, String department, int projects) {
    }

    /** Rejected projects of a night per kind and department; those without a readable 年度, 地区 or 主管部门 belong to none. */
    public List<RejectedCount> rejectedCounts(long runId) {
        return jdbc.query("""
                SELECT p.kind, p.budget_year, p.region, p.department, COUNT(*) FROM jx_night_project np
                JOIN jx_project p ON p.project_id = np.project_id
                WHERE np.run_id = ? AND np.status = 'REJECTED' AND p.budget_year IS NOT NULL AND p.department IS NOT NULL
                  AND p.region IS NOT NULL
                GROUP BY p.kind, p.budget_year, p.region, p.department""",
                (rs, n) -> new RejectedCount(Kind.ofCode(rs.getString(1)), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5)),
                runId).stream().sorted(Comparator.comparing(RejectedCount::kind).thenComparingInt(RejectedCount::year)
                        .thenComparing(RejectedCount::region, Departments.REGIONS)
                        .thenComparing(RejectedCount::department, rosters.departments(runId))).toList();
    }

    /** A department with published projects tonight, and how many (both kinds). */
    public record DepartmentCount(int year, String region, String department, int projects) {
    }

    /** The departments with published projects tonight, in report order. */
    public List<DepartmentCount> departments(long runId) {
        return jdbc.query("""
                SELECT p.budget_year, p.region, p.department, COUNT(*) AS n FROM jx_night_project np
                JOIN jx_project p ON p.project_id = np.project_id
                WHERE np.run_id = ? AND np.status = 'IMPORTED'
                GROUP BY p.budget_year, p.region, p.department""",
                (rs, n) -> new DepartmentCount(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4)), runId).stream()
                .sorted(Comparator.comparingInt(DepartmentCount::year).thenComparing(DepartmentCount::region, Departments.REGIONS)
                        .thenComparing(DepartmentCount::department, rosters.departments(runId))).toList();
    }

    /**
     * A night's project as a report sees it, for telling whether a department's reports must be made
     * again: where it is tonight, whether it is published, and its digest.
     */
    public record Seen(int year, String region, String department, Kind kind, String path, int firstSeq, boolean published,
            String digest) {
    }

    /** Every project of a night with a readable 年度, 地区 and 主管部门, in report order. */
    public List<Seen> seen(long runId) {
        return jdbc.query("""
                SELECT p.budget_year, p.region, p.department, p.kind, np.path, p.first_seq, np.status, p.digest
                FROM jx_night_project np JOIN jx_project p ON p.project_id = np.project_id
                WHERE np.run_id = ? AND p.budget_year IS NOT NULL AND p.region IS NOT NULL AND p.department IS NOT NULL""",
                (rs, n) -> new Seen(rs.getInt(1), rs.getString(2), rs.getString(3), Kind.ofCode(rs.getString(4)), rs.getString(5),
                        rs.getInt(6), ProjectStatus.imported(rs.getString(7)), rs.getString(8)), runId).stream()
                .sorted(Comparator.comparingInt(Seen::year).thenComparing(Seen::region, Departments.REGIONS)
                        .thenComparing(Seen::department, rosters.departments(runId)).thenComparing(Seen::kind)
                        .thenComparing(Seen::path).thenComparingInt(Seen::firstSeq)).toList();
    }

    /** The published projects of a kind of one department tonight, rebuilt, in report order. */
    public List<StoredProject> currentOf(long runId, Kind kind, int year, String region, String department) {
        ProjectReader reader = new ProjectReader(blocks);
        List<Ordered<StoredProject>> found = jdbc.query(NIGHT + " AND p.budget_year = ? AND p.region = ? AND p.department = ?",
                (rs, n) -> new Ordered<>(order(rs), reader.read(rs, "night_path")), runId, kind.code(), year, region, department);
        return sorted(found, runId);
    }

    /** One stored project, rebuilt from its blocks. */
    public StoredProject load(long projectId) {
        ProjectReader reader = new ProjectReader(blocks);
        List<StoredProject> found = new ArrayList<>();
        jdbc.query("SELECT p.*, f.path FROM jx_project p JOIN jx_file f ON f.file_id = p.file_id WHERE p.project_id = ?",
                rs -> {
                    found.add(reader.read(rs, "path"));
                }, projectId);
        return found.get(0);
    }

    /** Every published project of a kind tonight, rebuilt one at a time, in report order. */
    public void forEachCurrent(long runId, Kind kind, java.util.function.Consumer<StoredProject> action) {
        for (StoredFacts f : currentFacts(runId, kind)) {
            action.accept(load(f.id()));
        }
    }

    /**
     * Report order: 年度, 地区 ({@link Departments#REGIONS}), 主管部门 (the night's order: its roster's, else
     * {@link Departments#NAMES}; see {@link RosterStore#departments}), then as filed (path, first row).
     */
    private record Order(int year, String region, String department, String path, int firstSeq) {
        static Comparator<Order> report(Comparator<String> departments) {
            return Comparator.comparingInt(Order::year).thenComparing(Order::region, Departments.REGIONS)
                    .thenComparing(Order::department, departments).thenComparing(Order::path).thenComparingInt(Order::firstSeq);
        }
    }

    private record Ordered<T>(Order order, T value) {
    }

    private static Order order(java.sql.ResultSet rs) throws SQLException {
        return new Order(rs.getInt("budget_year"), rs.getString("region"), rs.getString("department"), rs.getString("night_path"),
                rs.getInt("first_seq"));
    }

    private <T> List<T> sorted(List<Ordered<T>> found, long runId) {
        return found.stream().sorted(Comparator.comparing(Ordered::order, Order.report(rosters.departments(runId)))).map(Ordered::value)
                .toList();
    }
}
