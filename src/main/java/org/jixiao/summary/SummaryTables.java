package org.jixiao.summary;

import static org.jixiao.filing.TableColumn.integer;
import static org.jixiao.filing.TableColumn.money;
import static org.jixiao.filing.TableColumn.percent;
import static org.jixiao.filing.TableColumn.score;
import static org.jixiao.filing.TableColumn.text;
import static org.jixiao.filing.TableColumn.wan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jixiao.filing.Grade;
import org.jixiao.filing.Money;
import org.jixiao.filing.Table;
import org.jixiao.filing.TableColumn;

/** The 汇总表 of a year as publishable tables (CSV files and XLSX sheets), with Chinese headers. */
public final class SummaryTables {

    private static final List<String> LEVEL_ONE = List.of("成本指标", "产出指标", "效益指标", "满意度指标");

    private SummaryTables() {
    }

    public static List<Table> of(YearSummary y) {
        List<Table> tables = new ArrayList<>();
        if (y.hasTargets()) {
            tables.add(targetProjects(y));
            tables.add(targetDepartments(y.targetsByDepartment()));
            tables.add(targetRegions(y));
            tables.add(targetOverall(y));
            tables.add(categories(y));
        }
        if (y.hasSelfEvaluations()) {
            tables.add(selfProjects(y));
            tables.add(selfDepartments(y.selfByDepartment()));
            tables.add(selfRegions(y));
            tables.add(selfOverall(y));
            tables.add(deductions(y));
        }
        return tables;
    }

    private static Table targetProjects(YearSummary y) {
        List<TableColumn> cols = List.of(integer("年度"), text("地区"), text("主管部门"), text("项目名称"), text("项目编码"),
                text("项目性质"), text("项目类别"), money("年度资金申请总额(元)"), wan("年度资金申请总额(万元)"), money("当年财政拨款(元)"),
                money("上年结转资金(元)"), money("其他资金(元)"), text("1000万元（含）以上"), integer("指标数"), integer("定量指标数"));
        List<Object[]> rows = new ArrayList<>();
        for (YearSummary.TargetLine l : y.targetLines()) {
            rows.add(new Object[] {l.department().year(), l.department().region(), l.department().name(), l.name(), l.code(),
                l.nature(), l.category(), l.funds().annual(), Money.toWan(l.funds().annual()), l.funds().currentAppropriation(),
                l.funds().carryover(), l.funds().annualOther(), l.funds().isLarge() ? "是" : "否", l.indicators(), l.quantitative()});
        }
        return Table.of("绩效目标-项目", cols, rows);
    }

    /** The numeric columns every level of the targets summary shares. */
    private static List<TableColumn> targetMeasures() {
        List<TableColumn> cols = new ArrayList<>(List.of(integer("项目数"), money("年度资金申请总额(元)"), wan("年度资金申请总额(万元)"),
                money("当年财政拨款(元)"), money("上年结转资金(元)"), money("其他资金(元)"), integer("1000万元（含）以上项目数"),
                integer("指标数")));
        LEVEL_ONE.forEach(l -> cols.add(integer(l + "数")));
        cols.addAll(List.of(integer("定量指标数"), percent("定量指标占比"), text("公开说明")));
        return cols;
    }

    private static Object[] targetValues(TargetTotals t) {
        List<Object> v = new ArrayList<>(List.of(t.projects(), t.annual(), t.annualWan(), t.currentAppropriation(),
                t.carryover(), t.other(), t.large(), t.indicators()));
        LEVEL_ONE.forEach(l -> v.add(t.indicatorsOf(l)));
        v.add(t.quantitative());
        v.add(t.quantitativeShare());
        v.add(Disclosure.sentence(t));
        return v.toArray();
    }

    private static Table targetDepartments(Map<Department, TargetTotals> byDepartment) {
        List<TableColumn> cols = concat(List.of(integer("年度"), text("地区"), text("主管部门")), targetMeasures());
        List<Object[]> rows = new ArrayList<>();
        byDepartment.forEach((d, t) -> rows.add(prefix(targetValues(t), d.year(), d.region(), d.name())));
        return Table.of("绩效目标-部门", cols, rows);
    }

    private static Table targetRegions(YearSummary y) {
        List<TableColumn> cols = concat(List.of(integer("年度"), text("地区"), integer("部门数")), targetMeasures());
        List<Object[]> rows = new ArrayList<>();
        y.targetsByRegion().forEach((region, t) -> rows.add(prefix(targetValues(t), y.year(), region,
                count(y.targetsByDepartment(), region))));
        return Table.of("绩效目标-地区", cols, rows);
    }

    private static Table targetOverall(YearSummary y) {
        List<TableColumn> cols = concat(List.of(integer("年度"), integer("地区数"), integer("部门数")), targetMeasures());
        Object[] row = prefix(targetValues(y.targets()), y.year(), y.targetsByRegion().size(), y.targetsByDepartment().size());
        return Table.of("绩效目标-总体", cols, List.<Object[]>of(row));
    }

    private static Table categories(YearSummary y) {
        List<TableColumn> cols = List.of(integer("年度"), text("层级"), text("地区"), text("主管部门"), text("项目类别"),
                integer("项目数"), money("年度资金申请总额(元)"), wan("年度资金申请总额(万元)"));
        List<Object[]> rows = new ArrayList<>();
        y.targets().byCategory().forEach((c, t) -> rows.add(new Object[] {y.year(), "全部", "", "", c, t.projects(), t.amount(), Money.toWan(t.amount())}));
        y.targetsByRegion().forEach((r, tt) -> tt.byCategory().forEach((c, t) ->
                rows.add(new Object[] {y.year(), "地区", r, "", c, t.projects(), t.amount(), Money.toWan(t.amount())})));
        y.targetsByDepartment().forEach((d, tt) -> tt.byCategory().forEach((c, t) ->
                rows.add(new Object[] {y.year(), "部门", d.region(), d.name(), c, t.projects(), t.amount(), Money.toWan(t.amount())})));
        return Table.of("绩效目标-项目类别", cols, rows);
    }

    private static Table selfProjects(YearSummary y) {
        List<TableColumn> cols = List.of(integer("年度"), text("地区"), text("主管部门"), text("项目名称"), text("项目编码"),
                money("年初预算数(元)"), money("全年预算数(元)"), money("全年执行数(元)"), percent("执行率"), percent("年初预算执行率"),
                score("资金分值"), score("资金得分"), score("指标得分"), score("总得分"), text("等级"), integer("扣分指标数"));
        List<Object[]> rows = new ArrayList<>();
        for (YearSummary.SelfLine l : y.selfLines()) {
            var e = l.evaluation();
            rows.add(new Object[] {l.department().year(), l.department().region(), l.department().name(), l.name(), l.code(),
                l.budget().initial(), l.budget().adjusted(), l.budget().executed(), e.executionRate(), e.initialRate(),
                e.fundWeight(),
                e.fundScore(), e.indicatorScore(), e.totalScore(), e.grade().name(), l.deductions()});
        }
        return Table.of("绩效自评-项目", cols, rows);
    }

    private static List<TableColumn> selfMeasures() {
        List<TableColumn> cols = new ArrayList<>(List.of(integer("项目数"), money("年初预算数(元)"), money("全年预算数(元)"),
                money("全年执行数(元)"), percent("执行率"), score("平均总得分"), score("资金加权平均总得分")));
        for (Grade g : Grade.values()) {
            cols.add(integer(g.name() + "(项)"));
        }
        cols.addAll(List.of(integer("扣分指标数"), score("扣分合计")));
        return cols;
    }

    private static Object[] selfValues(SelfEvaluationTotals t) {
        List<Object> v = new ArrayList<>(List.of(t.projects(), t.initial(), t.budget(), t.executed()));
        v.add(t.executionRate());
        v.add(t.meanScore());
        v.add(t.weightedMeanScore());
        for (Grade g : Grade.values()) {
            v.add(t.grade(g));
        }
        v.add(t.deductions());
        v.add(t.deducted());
        return v.toArray();
    }

    private static Table selfDepartments(Map<Department, SelfEvaluationTotals> byDepartment) {
        List<TableColumn> cols = concat(List.of(integer("年度"), text("地区"), text("主管部门")), selfMeasures());
        List<Object[]> rows = new ArrayList<>();
        byDepartment.forEach((d, t) -> rows.add(prefix(selfValues(t), d.year(), d.region(), d.name())));
        return Table.of("绩效自评-部门", cols, rows);
    }

    private static Table selfRegions(YearSummary y) {
        List<TableColumn> cols = concat(List.of(integer("年度"), text("地区"), integer("部门数")), selfMeasures());
        List<Object[]> rows = new ArrayList<>();
        y.selfByRegion().forEach((region, t) -> rows.add(prefix(selfValues(t), y.year(), region, count(y.selfByDepartment(), region))));
        return Table.of("绩效自评-地区", cols, rows);
    }

    private static Table selfOverall(YearSummary y) {
        List<TableColumn> cols = concat(List.of(integer("年度"), integer("地区数"), integer("部门数")), selfMeasures());
        Object[] row = prefix(selfValues(y.selfEvaluations()), y.year(), y.selfByRegion().size(), y.selfByDepartment().size());
        return Table.of("绩效自评-总体", cols, List.<Object[]>of(row));
    }

    private static Table deductions(YearSummary y) {
        List<TableColumn> cols = List.of(integer("年度"), text("地区"), text("主管部门"), text("项目名称"), text("一级指标"),
                text("二级指标"), text("三级指标"), text("年度指标值"), text("实际完成值"), score("分值"), score("得分"), score("扣分"),
                text("偏差原因分析及改进措施"));
        List<Object[]> rows = new ArrayList<>();
        for (YearSummary.Deduction d : y.deductions()) {
            var i = d.indicator();
            rows.add(new Object[] {y.year(), d.department().region(), d.department().name(), d.project(), i.level1(), i.level2(),
                i.level3(), i.target().raw(), i.actual().raw(), i.weight(), i.score(), d.points(), i.deviation()});
        }
        return Table.of("绩效自评-扣分明细", cols, rows);
    }

    private static int count(Map<Department, ?> byDepartment, String region) {
        return (int) byDepartment.keySet().stream().filter(d -> d.region().equals(region)).count();
    }

    private static Object[] prefix(Object[] values, Object... first) {
        return Stream.concat(Stream.of(first), Stream.of(values)).toArray();
    }

    private static List<TableColumn> concat(List<TableColumn> a, List<TableColumn> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
