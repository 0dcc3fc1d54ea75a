package org.jixiao.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.filing.Budget;
import org.jixiao.filing.Evaluation;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Project;
import org.jixiao.filing.ProjectFacts;
import org.jixiao.filing.TargetFunds;

/**
 * Everything summed for one 年度: per department, per 地区 and overall, for both kinds, plus the
 * per-project lines and the deductions the tables list. Projects must arrive in report order
 * (地区, 主管部门, as filed); maps keep that order.
 */
public final class YearSummary {

    /** A 申报表 project as a line of the 汇总表: its identity, funds and indicator counts, not its texts. */
    public record TargetLine(Department department, String name, String code, String nature, String category,
            TargetFunds funds, int indicators, int quantitative) {
    }

    /** A 自评表 project as a line of the 汇总表. */
    public record SelfLine(Department department, String name, String code, Budget budget, Evaluation evaluation,
            int deductions) {
    }

    /** An indicator that lost points, with the reason the department gave. */
    public record Deduction(Department department, String project, Indicator indicator, BigDecimal points) {
    }

    private final int year;
    private final TargetTotals targets = new TargetTotals();
    private final Map<String, TargetTotals> targetsByRegion = new LinkedHashMap<>();
    // departments in report order, whatever order the projects come in
    private final Comparator<Department> order;
    private final Map<Department, TargetTotals> targetsByDepartment;
    private final SelfEvaluationTotals selfEvaluations = new SelfEvaluationTotals();
    private final Map<String, SelfEvaluationTotals> selfByRegion = new LinkedHashMap<>();
    private final Map<Department, SelfEvaluationTotals> selfByDepartment;
    private final List<TargetLine> targetLines = new ArrayList<>();
    private final List<SelfLine> selfLines = new ArrayList<>();
    private final List<Deduction> deductions = new ArrayList<>();
    // the same lines by department, for a department's own tables without a scan of the whole year
    private final Map<Department, List<TargetLine>> targetLinesByDepartment = new HashMap<>();
    private final Map<Department, List<SelfLine>> selfLinesByDepartment = new HashMap<>();
    private final Map<Department, List<Deduction>> deductionsByDepartment = new HashMap<>();

    private record RejectedKey(Kind kind, Department department) {
    }

    private final Map<RejectedKey, Integer> rejected = new HashMap<>();
    /** Whether the lines are in report order; adding one puts them out of it. */
    private volatile boolean ordered;

    /** A year in {@link Department#REPORT_ORDER}. */
    public YearSummary(int year) {
        this(year, Department.REPORT_ORDER);
    }

    /** A year whose departments come in {@code order} (a night's: its roster's when it has one). */
    public YearSummary(int year, Comparator<Department> order) {
        this.year = year;
        this.order = order;
        this.targetsByDepartment = new TreeMap<>(order);
        this.selfByDepartment = new TreeMap<>(order);
    }

    public void addTarget(Project p) {
        addTarget(ProjectFacts.of(p, null));
    }

    public void addTarget(ProjectFacts p) {
        Department d = new Department(year, p.region(), p.department());
        targets.add(p);
        targetsByRegion.computeIfAbsent(p.region(), r -> new TargetTotals()).add(p);
        targetsByDepartment.computeIfAbsent(d, x -> new TargetTotals()).add(p);
        TargetLine line = new TargetLine(d, p.name(), p.code(), p.nature(), p.category(), p.funds(), p.indicators().total(),
                p.indicators().quantitative());
        targetLines.add(line);
        ordered = false;
        targetLinesByDepartment.computeIfAbsent(d, x -> new ArrayList<>()).add(line);
    }

    /** A self-evaluated project with its indicators, so its deductions are listed too. */
    public void addSelfEvaluation(Project p, Evaluation e) {
        addSelfEvaluation(ProjectFacts.of(p, e));
        addDeductions(p);
    }

    /** A self-evaluated project's figures; its deductions are added separately with {@link #addDeductions}. */
    public void addSelfEvaluation(ProjectFacts p) {
        Department d = new Department(year, p.region(), p.department());
        selfEvaluations.add(p);
        selfByRegion.computeIfAbsent(p.region(), r -> new SelfEvaluationTotals()).add(p);
        selfByDepartment.computeIfAbsent(d, x -> new SelfEvaluationTotals()).add(p);
        FundDeduction funds = FundDeduction.of(p.evaluation());
        SelfLine line = new SelfLine(d, p.name(), p.code(), p.budget(), p.evaluation(), p.indicators().deductions() + (funds == null ? 0 : 1));
        selfLines.add(line);
        ordered = false;
        selfLinesByDepartment.computeIfAbsent(d, x -> new ArrayList<>()).add(line);
        if (funds != null) {
            // the points 资金得分 lost (执行率 under 100%) are a deduction like an indicator's, listed first
            Deduction x = new Deduction(d, p.name(), funds.indicator(), funds.points());
            deductions.add(x);
            deductionsByDepartment.computeIfAbsent(d, k -> new ArrayList<>()).add(x);
        }
    }

    /** Lists the indicators of a self-evaluated project that lost points. */
    public void addDeductions(Project p) {
        Department d = new Department(year, p.region(), p.department());
        for (Indicator i : p.indicators()) {
            if (i.deduction().signum() > 0) {
                Deduction x = new Deduction(d, p.name(), i, i.deduction());
                deductions.add(x);
                ordered = false;
                deductionsByDepartment.computeIfAbsent(d, k -> new ArrayList<>()).add(x);
            }
        }
    }

    /**
     * Notes projects of a kind a department filed this year that were rejected (错误): counted apart,
     * so a 汇总表 can say its sums leave them out.
     */
    public void addRejected(Kind kind, Department d, int projects) {
        rejected.merge(new RejectedKey(kind, d), projects, Integer::sum);
    }

    /** Rejected projects of a kind of one department. */
    public int rejected(Kind kind, Department d) {
        return rejected.getOrDefault(new RejectedKey(kind, d), 0);
    }

    /** Rejected projects of a kind in one 地区. */
    public int rejected(Kind kind, String region) {
        return rejected.entrySet().stream().filter(e -> e.getKey().kind() == kind && e.getKey().department().region().equals(region))
                .mapToInt(Map.Entry::getValue).sum();
    }

    /** Rejected projects of a kind in the year. */
    public int rejected(Kind kind) {
        return rejected.entrySet().stream().filter(e -> e.getKey().kind() == kind).mapToInt(Map.Entry::getValue).sum();
    }

    public int year() {
        return year;
    }

    public TargetTotals targets() {
        return targets;
    }

    public Map<String, TargetTotals> targetsByRegion() {
        return targetsByRegion;
    }

    public Map<Department, TargetTotals> targetsByDepartment() {
        return targetsByDepartment;
    }

    public SelfEvaluationTotals selfEvaluations() {
        return selfEvaluations;
    }

    public Map<String, SelfEvaluationTotals> selfByRegion() {
        return selfByRegion;
    }

    public Map<Department, SelfEvaluationTotals> selfByDepartment() {
        return selfByDepartment;
    }

    /** Every project's line, department by department in report order, each department's in the order filed. */
    public List<TargetLine> targetLines() {
        inReportOrder();
        return targetLines;
    }

    public List<SelfLine> selfLines() {
        inReportOrder();
        return selfLines;
    }

    public List<Deduction> deductions() {
        inReportOrder();
        return deductions;
    }

    /**
     * Puts the year's lines in report order (stable: a department's lines stay as filed), once, the
     * first time they are read: a summary is complete before it is read, and then read by several
     * threads at once (the 汇总表 of the 地区 are rendered side by side), which must not find it sorting.
     */
    private synchronized void inReportOrder() {
        if (!ordered) {
            targetLines.sort(Comparator.comparing(TargetLine::department, order));
            selfLines.sort(Comparator.comparing(SelfLine::department, order));
            deductions.sort(Comparator.comparing(Deduction::department, order));
            ordered = true;
        }
    }

    /** One department's target lines, in report order. */
    public List<TargetLine> targetLines(Department d) {
        return targetLinesByDepartment.getOrDefault(d, List.of());
    }

    /** One department's self-evaluation lines, in report order. */
    public List<SelfLine> selfLines(Department d) {
        return selfLinesByDepartment.getOrDefault(d, List.of());
    }

    /** One department's deductions, in report order. */
    public List<Deduction> deductions(Department d) {
        return deductionsByDepartment.getOrDefault(d, List.of());
    }

    public boolean hasTargets() {
        return targets.projects() > 0;
    }

    public boolean hasSelfEvaluations() {
        return selfEvaluations.projects() > 0;
    }
}
