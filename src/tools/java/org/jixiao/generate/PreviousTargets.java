package org.jixiao.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.filing.Column;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Money;
import org.jixiao.filing.TargetValue;
import org.jixiao.ingest.RawRow;

/**
 * A department's 申报表 of the year before (2024): the targets its 2024 自评表 evaluates, and the year the
 * 2025 申报表 is compared with. A self-evaluated project's 申报表 is made from its 自评 — the same
 * indicators and 指标值, 年度资金申请总额 = 年初预算数, 年度总体目标 = 预期目标 — so the pair agrees unless a
 * {@link PairMismatch} is planted; the other projects are drawn afresh for 2024. One project of 2025 is
 * new (not in 2024) and one 2024 project ended (not in 2025). Made from its own stream of the
 * department's seed, so the other files of the city keep their bytes.
 */
final class PreviousTargets {

    static final int YEAR = DepartmentFilings.SELF_EVALUATION_YEAR;
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final DepartmentFilings department;
    private final Vocabulary words;
    private final Random random;
    private final List<PlantedMismatch> planted = new ArrayList<>();

    PreviousTargets(DepartmentFilings department, Vocabulary words) {
        this.department = department;
        this.words = words;
        this.random = new Random(department.department().seed() + 3);
    }

    /** Each 2024 project's rows, in filing order; {@code selfEvaluations} are the department's 2024 自评, as filed. */
    List<List<RawRow>> rows(List<List<RawRow>> selfEvaluations) {
        CityPlan.PlannedDepartment d = department.department();
        TargetsProject fresh = new TargetsProject(department, words, random, YEAR);
        int newThisYear = newThisYear(d.projects());
        List<List<RawRow>> projects = new ArrayList<>();
        for (int k = 0; k < d.projects(); k++) {
            if (k == newThisYear) {
                continue;
            }
            if (k % 3 != 0) {
                projects.add(fresh.rows(k, department.type(k), null));
                continue;
            }
            int s = k / 3;
            int n = d.firstSelfEvaluation() + s;
            PairMismatch mismatch = PairMismatch.of(n, Defect.ofSelfEvaluation(n));
            List<RawRow> self = selfEvaluations.get(s);
            if (mismatch != null) {
                planted.add(new PlantedMismatch(d.name(), self.get(0).get(Column.项目名称), mismatch));
            }
            if (mismatch != PairMismatch.NO_TARGETS) {
                projects.add(declared(self, mismatch));
            }
        }
        projects.add(fresh.rows(d.projects(), department.type(d.projects()), null)); // ended in 2024
        return projects;
    }

    List<PlantedMismatch> planted() {
        return List.copyOf(planted);
    }

    /** The 2025 project not filed in 2024: the last one that is not self-evaluated. */
    static int newThisYear(int projects) {
        int k = projects - 1;
        while (k % 3 == 0) {
            k--;
        }
        return k;
    }

    /** The 申报表 a 自评 evaluates, with the mismatch planted. */
    private List<RawRow> declared(List<RawRow> self, PairMismatch mismatch) {
        Style style = department.style();
        String[] first = self.get(0).cells();
        String[] project = new String[Column.values().length];
        for (Column c : new Column[] {Column.年度, Column.地区, Column.主管部门, Column.实施单位, Column.项目编码, Column.项目名称, Column.项目性质,
            Column.项目类别}) {
            project[c.ordinal()] = first[c.ordinal()];
        }
        set(project, Column.计划开始日期, style.date(LocalDate.of(YEAR, 1, 1)));
        set(project, Column.计划完成日期, style.date(LocalDate.of(YEAR, 12, 31)));
        BigDecimal annual = Money.parse(first[Column.年初预算数.ordinal()]).value();
        if (mismatch == PairMismatch.BUDGET) {
            annual = annual.multiply(new BigDecimal("1.1")).divide(new BigDecimal("100"), 0, RoundingMode.HALF_UP).multiply(new BigDecimal("100"));
        }
        String zero = style.money(BigDecimal.ZERO);
        set(project, Column.项目资金总额, style.money(annual));
        set(project, Column.财政资金, style.money(annual));
        set(project, Column.其他资金, zero);
        set(project, Column.年度资金申请总额, style.money(annual));
        set(project, Column.当年财政拨款, style.money(annual));
        set(project, Column.上年结转资金, zero);
        set(project, Column.年度其他资金, zero);
        set(project, Column.年度总体目标, first[Column.预期目标.ordinal()]);
        List<String[]> indicators = new ArrayList<>();
        for (RawRow r : self) {
            indicators.add(new String[] {r.get(Column.一级指标), r.get(Column.二级指标), r.get(Column.三级指标), r.get(Column.年度指标值)});
        }
        plant(indicators, mismatch);
        List<RawRow> rows = new ArrayList<>();
        for (String[] i : indicators) {
            String[] cells = project.clone();
            set(cells, Column.一级指标, i[0]);
            set(cells, Column.二级指标, i[1]);
            set(cells, Column.三级指标, i[2]);
            set(cells, Column.指标值, i[3]);
            rows.add(DepartmentFilings.row(Kind.TARGETS, cells));
        }
        return rows;
    }

    private void plant(List<String[]> indicators, PairMismatch mismatch) {
        if (mismatch == PairMismatch.DROPPED) {
            declareOneMore(indicators);
        } else if (mismatch == PairMismatch.ADDED && indicators.size() > 1) {
            indicators.remove(indicators.size() - 1);
        } else if (mismatch == PairMismatch.CHANGED) {
            for (String[] i : indicators) {
                if (TargetValue.parse(i[3]).isQuantitative()) {
                    i[3] = changed(i[3]);
                    break;
                }
            }
        }
    }

    /** A 社会效益 indicator the 自评 does not have, declared after the 自评's last one of that 二级 (or at the end). */
    private void declareOneMore(List<String[]> indicators) {
        Set<String> have = new HashSet<>();
        indicators.forEach(i -> have.add(i[2]));
        List<Vocabulary.IndicatorTemplate> pool = new ArrayList<>(words.indicators("社会效益指标"));
        pool.removeIf(t -> have.contains(t.level3()));
        Vocabulary.IndicatorTemplate t = pool.get(random.nextInt(pool.size()));
        int at = indicators.size();
        for (int i = 0; i < indicators.size(); i++) {
            if (t.level2().equals(indicators.get(i)[1])) {
                at = i + 1;
            }
        }
        indicators.add(at, new String[] {t.level1(), t.level2(), t.level3(), t.value().draw(random).text()});
    }

    /** The same target with another number: a percentage 5 lower, a count or amount a tenth (at least 1) higher. */
    static String changed(String target) {
        Matcher m = NUMBER.matcher(target);
        if (!m.find()) {
            throw new IllegalArgumentException("no number in " + target);
        }
        int n = Integer.parseInt(m.group());
        int other = target.contains("%") && n > 5 ? n - 5 : n + Math.max(1, n / 10);
        return target.substring(0, m.start()) + other + target.substring(m.end());
    }

    private static void set(String[] cells, Column column, String value) {
        cells[column.ordinal()] = value;
    }
}
