package org.jixiao.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jixiao.filing.Column;
import org.jixiao.filing.Kind;
import org.jixiao.ingest.RawRow;

/** One project's 绩效目标申报表 as flat rows: the header block, funds and goals on every row, one row per 三级指标. */
final class TargetsProject {

    private final DepartmentFilings department;
    private final Vocabulary words;
    private final Random random;
    private final int year;

    TargetsProject(DepartmentFilings department, Vocabulary words, Random random, int year) {
        this.department = department;
        this.words = words;
        this.random = random;
        this.year = year;
    }

    List<RawRow> rows(int k, Vocabulary.ProjectType type, Defect defect) {
        Style style = department.style();
        String[] project = department.common(k, year, type);
        LocalDate start = LocalDate.of(year, random.nextInt(5) == 0 ? 1 + random.nextInt(6) : 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31).minusMonths(random.nextInt(6) == 0 ? random.nextInt(6) : 0);
        set(project, Column.计划开始日期, style.date(start));
        set(project, Column.计划完成日期, style.date(end));
        Funds.Targets f = Funds.targets(random);
        set(project, Column.项目资金总额, style.money(f.total()));
        set(project, Column.财政资金, style.money(f.fiscal()));
        set(project, Column.其他资金, style.money(f.other()));
        set(project, Column.年度资金申请总额, style.money(annual(f.annual(), defect)));
        set(project, Column.当年财政拨款, style.money(f.current()));
        set(project, Column.上年结转资金, style.money(f.carryover()));
        set(project, Column.年度其他资金, style.money(f.annualOther()));
        if (defect == Defect.UNREADABLE_AMOUNT) {
            set(project, Column.年度资金申请总额, "待定");
        }
        // seed 000 leaves 项目总目标 blank for a one-year project; so do some departments here
        set(project, Column.项目总目标, random.nextInt(4) == 0 ? null : department.goal(type.name(), random));
        set(project, Column.年度总体目标, department.goal(type.name(), random));
        List<IndicatorPicker.Picked> picked = new IndicatorPicker(words, random).forTargets();
        int blank = defect == Defect.BLANK_TARGET ? random.nextInt(picked.size()) : -1;
        int counted = defect == Defect.PERCENT_ON_COUNT ? firstOf(picked, "数量指标") : -1;
        List<RawRow> rows = new ArrayList<>(picked.size());
        for (int i = 0; i < picked.size(); i++) {
            IndicatorPicker.Picked p = picked.get(i);
            String[] cells = project.clone();
            set(cells, Column.一级指标, p.template().level1());
            set(cells, Column.二级指标, p.template().level2());
            set(cells, Column.三级指标, p.template().level3());
            set(cells, Column.指标值, i == blank ? null : p.target().text());
            if (i == counted) {
                // a count (…次数) with a % target: what the I03 hint is for
                set(cells, Column.三级指标, "专项检查次数");
                set(cells, Column.指标值, "≥" + (80 + random.nextInt(20)) + ".00(%)");
            }
            rows.add(DepartmentFilings.row(Kind.TARGETS, cells));
        }
        return rows;
    }

    /** The filed 年度资金申请总额: its parts' sum, or 1万 more where the defect says the sum is wrong. */
    private static BigDecimal annual(BigDecimal sum, Defect defect) {
        return defect == Defect.ANNUAL_NOT_PARTS ? sum.add(new BigDecimal("10000")) : sum;
    }

    private static int firstOf(List<IndicatorPicker.Picked> picked, String level2) {
        for (int i = 0; i < picked.size(); i++) {
            if (picked.get(i).template().level2().equals(level2)) {
                return i;
            }
        }
        throw new IllegalStateException("no " + level2);
    }

    static void set(String[] cells, Column column, String value) {
        cells[column.ordinal()] = value;
    }
}
