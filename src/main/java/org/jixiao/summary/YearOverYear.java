package org.jixiao.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jixiao.filing.Departments;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Pairing;

/**
 * This year against last for one kind of filing, overall, per 地区 and per department: 项目数 and funds
 * (Σ年度资金申请总额 for targets; Σ全年预算数, Σ全年执行数, 执行率 and the mean 总得分 for self-evaluations),
 * each a {@link Change}, and the projects new, continued and ended ({@link ProjectFlow}). Pure: two
 * {@link YearSummary}s in, rows out. A department is the same across years by its name as the contract
 * compares names ({@link Departments#key}); it sits in this year's 地区, else last year's.
 */
public final class YearOverYear {

    public enum Level { 总体, 地区, 部门 }

    /**
     * One row: {@code region} is null for 总体, {@code department} null above 部门; {@code status} says
     * whether it is {@link Change#NEW}, continued ({@code 延续}) or {@link Change#ENDED}. For targets
     * {@code funds} is Σ年度资金申请总额 and the self-evaluation measures are null; for self-evaluations it
     * is Σ全年预算数.
     */
    public record Row(Level level, String region, String department, String status, Change projects, Change funds, Change executed,
            Change executionRate, Change meanScore, ProjectFlow flow) {
    }

    public static final String CONTINUED = "延续";

    private final Kind kind;
    private final int year;
    private final int previousYear;
    private final List<Row> rows;

    private YearOverYear(Kind kind, int year, int previousYear, List<Row> rows) {
        this.kind = kind;
        this.year = year;
        this.previousYear = previousYear;
        this.rows = List.copyOf(rows);
    }

    /** The 申报表 of {@code current}'s 年度 against those of {@code previous}'s. */
    public static YearOverYear targets(YearSummary current, YearSummary previous) {
        return new Builder<>(Kind.TARGETS, current, previous, y -> y.targetsByDepartment(), y -> y.targetsByRegion(),
                YearSummary::targets, YearSummary::targetLines, YearSummary.TargetLine::code, YearSummary.TargetLine::name).build();
    }

    /** The 自评表 of {@code current}'s 年度 against those of {@code previous}'s. */
    public static YearOverYear selfEvaluations(YearSummary current, YearSummary previous) {
        return new Builder<>(Kind.SELF_EVALUATION, current, previous, y -> y.selfByDepartment(), y -> y.selfByRegion(),
                YearSummary::selfEvaluations, YearSummary::selfLines, YearSummary.SelfLine::code, YearSummary.SelfLine::name).build();
    }

    public Kind kind() {
        return kind;
    }

    public int year() {
        return year;
    }

    public int previousYear() {
        return previousYear;
    }

    /** 总体, then every 地区 in report order, then every department (by 地区, this year's order, then those that ended). */
    public List<Row> rows() {
        return rows;
    }

    public Row overall() {
        return rows.get(0);
    }

    /**
     * Sums one kind's totals of two years into rows.
     *
     * @param <T> the totals ({@link TargetTotals} or {@link SelfEvaluationTotals})
     * @param <L> the project lines ({@link YearSummary.TargetLine} or {@link YearSummary.SelfLine})
     */
    private record Builder<T, L>(Kind kind, YearSummary current, YearSummary previous,
            Function<YearSummary, Map<Department, T>> byDepartment, Function<YearSummary, Map<String, T>> byRegion,
            Function<YearSummary, T> overall, java.util.function.BiFunction<YearSummary, Department, List<L>> lines,
            Function<L, String> code, Function<L, String> name) {

        YearOverYear build() {
            Map<String, Department[]> departments = new LinkedHashMap<>();
            byDepartment.apply(current).keySet().forEach(d -> departments.computeIfAbsent(Departments.key(d.name()), k -> new Department[2])[1] = d);
            byDepartment.apply(previous).keySet().forEach(d -> departments.computeIfAbsent(Departments.key(d.name()), k -> new Department[2])[0] = d);
            Map<String, List<Row>> byRegionRows = new TreeMap<>(Departments.REGIONS);
            Map<String, ProjectFlow> regionFlows = new LinkedHashMap<>();
            for (Department[] pair : departments.values()) {
                Department now = pair[1];
                Department then = pair[0];
                String region = now != null ? now.region() : then.region();
                ProjectFlow flow = flow(then, now);
                regionFlows.merge(region, flow, ProjectFlow::plus);
                byRegionRows.computeIfAbsent(region, r -> new ArrayList<>()).add(row(Level.部门, region,
                        now != null ? now.name() : then.name(), get(byDepartment.apply(previous), then), get(byDepartment.apply(current), now),
                        flow));
            }
            List<Row> rows = new ArrayList<>();
            ProjectFlow all = regionFlows.values().stream().reduce(ProjectFlow.NONE, ProjectFlow::plus);
            rows.add(row(Level.总体, null, null, overallOf(previous), overallOf(current), all));
            for (String region : byRegionRows.keySet()) {
                rows.add(row(Level.地区, region, null, byRegion.apply(previous).get(region), byRegion.apply(current).get(region),
                        regionFlows.get(region)));
            }
            byRegionRows.values().forEach(rows::addAll);
            return new YearOverYear(kind, current.year(), previous.year(), rows);
        }

        private T overallOf(YearSummary y) {
            T t = overall.apply(y);
            return count(t) == 0 ? null : t;
        }

        private T get(Map<Department, T> map, Department d) {
            return d == null ? null : map.get(d);
        }

        private ProjectFlow flow(Department then, Department now) {
            List<L> before = then == null ? List.of() : lines.apply(previous, then);
            List<L> after = now == null ? List.of() : lines.apply(current, now);
            Pairing.Result<L> p = Pairing.of(after, before, code, name);
            return new ProjectFlow(p.leftOnly().size(), p.pairs().size(), p.rightOnly().size());
        }

        private Row row(Level level, String region, String department, T then, T now, ProjectFlow flow) {
            String status = level == Level.总体 ? "" : then == null ? Change.NEW : now == null ? Change.ENDED : CONTINUED;
            Change projects = Change.additive(then == null ? 0 : count(then), now == null ? 0 : count(now), then != null, now != null);
            if (kind == Kind.TARGETS) {
                return new Row(level, region, department, status, projects,
                        Change.additive(then == null ? null : ((TargetTotals) then).annual(), now == null ? null : ((TargetTotals) now).annual()),
                        null, null, null, flow);
            }
            SelfEvaluationTotals b = (SelfEvaluationTotals) then;
            SelfEvaluationTotals a = (SelfEvaluationTotals) now;
            return new Row(level, region, department, status, projects,
                    Change.additive(b == null ? null : b.budget(), a == null ? null : a.budget()),
                    Change.additive(b == null ? null : b.executed(), a == null ? null : a.executed()),
                    Change.level(b == null ? null : b.executionRate(), a == null ? null : a.executionRate(), b != null, a != null),
                    Change.level(b == null ? null : b.meanScore(), a == null ? null : a.meanScore(), b != null, a != null), flow);
        }

        private int count(T totals) {
            return totals instanceof TargetTotals t ? t.projects() : ((SelfEvaluationTotals) totals).projects();
        }
    }
}
