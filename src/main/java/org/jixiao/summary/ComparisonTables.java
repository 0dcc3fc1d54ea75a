package org.jixiao.summary;

import static org.jixiao.filing.TableColumn.integer;
import static org.jixiao.filing.TableColumn.money;
import static org.jixiao.filing.TableColumn.percent;
import static org.jixiao.filing.TableColumn.score;
import static org.jixiao.filing.TableColumn.text;
import static org.jixiao.filing.TableColumn.wan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Money;
import org.jixiao.filing.Table;
import org.jixiao.filing.TableColumn;

/**
 * This year against last as a published table per kind — {@code 绩效目标-与上年比较}, {@code 绩效自评-与上年比较}
 * — one row per level (总体, each 地区, each department, told by 层级), as 绩效目标-项目类别 is laid out. A table
 * of its own rather than columns added to 绩效目标-部门 and the others: those keep their columns (portals
 * load them as they are), a year with no year before has no such table, and one table holds all three
 * levels the 汇总表 shows.
 */
public final class ComparisonTables {

    private ComparisonTables() {
    }

    public static Table of(YearOverYear y) {
        return y.kind() == Kind.TARGETS ? targets(y) : selfEvaluations(y);
    }

    private static List<TableColumn> identity() {
        return new ArrayList<>(List.of(integer("年度"), integer("上年度"), text("层级"), text("地区"), text("主管部门"), text("状态"),
                integer("上年项目数"), integer("本年项目数"), integer("项目数增减"), percent("项目数增减率"), integer("新增项目数"),
                integer("延续项目数"), integer("结束项目数")));
    }

    private static List<Object> identity(YearOverYear y, YearOverYear.Row r) {
        Change p = r.projects();
        // Arrays.asList: a department new this year has no count last year (null)
        return new ArrayList<>(Arrays.asList(y.year(), y.previousYear(), r.level().name(), orBlank(r.region()), orBlank(r.department()),
                r.status(), whole(p.previous()), whole(p.current()), whole(p.difference()), whole(p.rateCell()), r.flow().added(),
                r.flow().continued(), r.flow().ended()));
    }

    private static Table targets(YearOverYear y) {
        List<TableColumn> cols = identity();
        cols.addAll(List.of(money("上年年度资金申请总额(元)"), money("本年年度资金申请总额(元)"), money("增减额(元)"), percent("增减率"),
                wan("上年年度资金申请总额(万元)"), wan("本年年度资金申请总额(万元)"), wan("增减额(万元)")));
        List<Object[]> rows = new ArrayList<>();
        for (YearOverYear.Row r : y.rows()) {
            List<Object> v = identity(y, r);
            Change f = r.funds();
            v.addAll(amounts(f));
            v.add(wanOf(f.previous()));
            v.add(wanOf(f.current()));
            v.add(wanOf(f.difference()));
            rows.add(v.toArray());
        }
        return Table.of("绩效目标-与上年比较", cols, rows);
    }

    private static Table selfEvaluations(YearOverYear y) {
        List<TableColumn> cols = identity();
        cols.addAll(List.of(money("上年全年预算数(元)"), money("本年全年预算数(元)"), money("全年预算数增减额(元)"), percent("全年预算数增减率"),
                money("上年全年执行数(元)"), money("本年全年执行数(元)"), money("全年执行数增减额(元)"), percent("全年执行数增减率"),
                percent("上年执行率"), percent("本年执行率"), percent("执行率增减(百分点)"), score("上年平均总得分"), score("本年平均总得分"),
                score("平均总得分增减(分)")));
        List<Object[]> rows = new ArrayList<>();
        for (YearOverYear.Row r : y.rows()) {
            List<Object> v = identity(y, r);
            v.addAll(amounts(r.funds()));
            v.addAll(amounts(r.executed()));
            v.addAll(levels(r.executionRate()));
            v.addAll(levels(r.meanScore()));
            rows.add(v.toArray());
        }
        return Table.of("绩效自评-与上年比较", cols, rows);
    }

    private static List<Object> amounts(Change c) {
        List<Object> v = new ArrayList<>();
        v.add(c.previous());
        v.add(c.current());
        v.add(c.difference());
        v.add(c.rateCell());
        return v;
    }

    private static List<Object> levels(Change c) {
        List<Object> v = new ArrayList<>();
        v.add(c.previous());
        v.add(c.current());
        v.add(c.difference());
        return v;
    }

    private static BigDecimal wanOf(BigDecimal yuan) {
        return yuan == null ? null : Money.toWan(yuan);
    }

    /** A count as an integer cell; a rate or a note as it is. */
    private static Object whole(Object value) {
        return value instanceof BigDecimal n && n.scale() <= 0 ? n.intValueExact() : value;
    }

    private static String orBlank(String s) {
        return s == null ? "" : s;
    }
}
