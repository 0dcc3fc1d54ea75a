package org.jixiao.summary;

import static org.jixiao.filing.TableColumn.integer;
import static org.jixiao.filing.TableColumn.money;
import static org.jixiao.filing.TableColumn.text;
import static org.jixiao.filing.TableColumn.wan;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Money;
import org.jixiao.filing.Table;
import org.jixiao.filing.TableColumn;

/**
 * The table published beside a department's disclosure edition, for a disclosure portal: one row per
 * project the department filed targets for (the columns of 绩效目标-项目), then a 合计 row with the
 * department's totals (its row of 绩效目标-部门) and the 绩效目标设置情况 sentence. One rectangular table,
 * so a portal can load it as it is; the 合计 row is told by 行类型.
 */
public final class DisclosureTable {

    static final String PROJECT = "项目";
    static final String TOTAL = "合计";

    private DisclosureTable() {
    }

    public static Table of(YearSummary y, Department d) {
        List<TableColumn> cols = List.of(integer("年度"), text("地区"), text("主管部门"), text("行类型"), text("序号"), text("项目名称"),
                text("项目编码"), text("项目性质"), text("项目类别"), money("年度资金申请总额(元)"), wan("年度资金申请总额(万元)"),
                money("当年财政拨款(元)"), money("上年结转资金(元)"), money("其他资金(元)"), integer("1000万元（含）以上项目数"),
                integer("指标数"), integer("定量指标数"), text("绩效目标设置情况"));
        List<Object[]> rows = new ArrayList<>();
        int n = 0;
        for (YearSummary.TargetLine l : y.targetLines(d)) {
            rows.add(new Object[] {d.year(), d.region(), d.name(), PROJECT, Integer.toString(++n), l.name(), l.code(),
                l.nature(), l.category(), l.funds().annual(), Money.toWan(l.funds().annual()),
                l.funds().currentAppropriation(), l.funds().carryover(), l.funds().annualOther(), l.funds().isLarge() ? 1 : 0,
                l.indicators(), l.quantitative(), null});
        }
        TargetTotals t = y.targetsByDepartment().get(d);
        rows.add(new Object[] {d.year(), d.region(), d.name(), TOTAL, null, t.projects() + "个项目", null, null, null, t.annual(),
            t.annualWan(), t.currentAppropriation(), t.carryover(), t.other(), t.large(), t.indicators(), t.quantitative(),
            Disclosure.paragraph(d.year(), t)});
        return Table.of("公开版-" + d.name() + "-" + d.year(), cols, rows);
    }
}
