package org.jixiao.bench;

import static org.jixiao.bench.PdfCells.add;
import static org.jixiao.bench.PdfCells.number;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jixiao.filing.Budget;
import org.jixiao.filing.Evaluation;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Money;
import org.jixiao.filing.Project;
import org.jixiao.filing.SelfEvaluation;
import org.jixiao.filing.TargetFunds;

/**
 * A project's 申报表 or 自评表 as plain OpenPDF tables: the same blocks and values jixiao's templates
 * print (header, funds, goals, the indicator table with 一级/二级 merged over their rows), each project
 * from a new page, with none of Jasper's layout engine in between.
 */
final class FormPages {

    private final PdfFonts.Faces f;

    FormPages(PdfFonts.Faces faces) {
        this.f = faces;
    }

    void targets(Document doc, Project p) throws DocumentException {
        doc.add(PdfCells.title("财政项目支出绩效目标申报表", f.title()));
        doc.add(PdfCells.title("（" + p.year() + "年度）", f.text()));
        TargetFunds m = p.funds();
        PdfPTable t = PdfCells.table(12, 14, 18, 26, 16, 16);
        add(t, "项目名称", f.label());
        add(t, p.name(), f.text());
        add(t, "项目性质", f.label());
        add(t, p.nature(), f.text());
        add(t, "项目类别", f.label());
        add(t, p.category(), f.text());
        add(t, "主管部门", f.label());
        add(t, p.department(), f.text());
        add(t, "实施单位", f.label());
        add(t, p.unit(), f.text(), 3, 1);
        add(t, "计划开始日期", f.label());
        add(t, Objects.toString(p.start(), ""), f.text());
        add(t, "计划完成日期", f.label());
        add(t, Objects.toString(p.end(), ""), f.text(), 3, 1);
        String[][] funds = {
            {"项目资金总额", Money.formatYuan(m.total()), "年度资金申请总额", Money.formatYuan(m.annual())},
            {"其中：财政资金", Money.formatYuan(m.fiscal()), "其中：当年财政拨款", Money.formatYuan(m.currentAppropriation())},
            {"", "", "上年结转资金", Money.formatYuan(m.carryover())},
            {"其他资金", Money.formatYuan(m.other()), "其他资金", Money.formatYuan(m.annualOther())}};
        for (int k = 0; k < funds.length; k++) {
            String[] row = funds[k];
            PdfCells.part(t, "项目资金（元）", f.label(), k == 0, k == funds.length - 1);
            add(t, row[0], f.label());
            number(t, row[1], f.text());
            add(t, row[2], f.label());
            add(t, row[3], f.text(), 2, 1);
        }
        PdfCells.part(t, "项目绩效目标", f.label(), true, false);
        add(t, "项目总目标", f.label(), 2, 1);
        add(t, "年度总体目标", f.label(), 3, 1);
        PdfCells.part(t, "", f.label(), false, true);
        add(t, p.projectGoal(), f.text(), 2, 1);
        add(t, p.annualGoal(), f.text(), 3, 1);
        doc.add(t);
        PdfPTable table = PdfCells.table(12, 14, 18, 26, 16, 16);
        table.setHeaderRows(1);
        for (String h : new String[] {"绩效指标", "一级指标", "二级指标", "三级指标"}) {
            add(table, h, f.label());
        }
        add(table, "年度(/项目)指标值", f.label(), 2, 1);
        indicators(table, p.indicators(), i -> new String[] {i.target().raw()}, new int[] {2});
        doc.add(table);
    }

    void selfEvaluation(Document doc, Project p, Evaluation e) throws DocumentException {
        SelfEvaluation s = p.evaluation();
        doc.add(PdfCells.title("财政项目支出绩效自评表", f.title()));
        doc.add(PdfCells.title("（" + p.year() + " 年度）", f.text()));
        PdfPTable t = PdfCells.table(8, 10, 10, 13, 13, 13, 7, 9, 17);
        add(t, "项目名称", f.label());
        add(t, p.name(), f.text(), 8, 1);
        add(t, "主管部门", f.label());
        add(t, p.department(), f.text(), 4, 1);
        add(t, "实施单位", f.label());
        add(t, p.unit(), f.text(), 3, 1);
        PdfCells.part(t, "项目资金（元）", f.label(), true, false);
        add(t, "", f.label(), 2, 1);
        for (String h : new String[] {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"}) {
            add(t, h, f.label());
        }
        budget(t, "年度资金总额", s.total(), Money.formatScore(e.fundWeight()), Money.formatPercent(e.executionRate()),
                Money.formatScore(e.fundScore()), false);
        budget(t, "其中：当年财政拨款", s.currentAppropriation(), "—", "", "", false);
        budget(t, "上年结转资金", s.carryover(), "—", "", "", false);
        budget(t, "其他资金", s.other(), "—", "", "", true);
        PdfCells.part(t, "年度总体目标", f.label(), true, false);
        add(t, "预期目标", f.label(), 4, 1);
        add(t, "实际完成情况", f.label(), 4, 1);
        PdfCells.part(t, "", f.label(), false, true);
        add(t, s.expectedGoal(), f.text(), 4, 1);
        add(t, s.actualResult(), f.text(), 4, 1);
        doc.add(t);
        PdfPTable table = PdfCells.table(8, 10, 10, 13, 13, 13, 7, 9, 17);
        table.setHeaderRows(1);
        for (String h : new String[] {"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
            "偏差原因分析及改进措施"}) {
            add(table, h, f.label());
        }
        indicators(table, p.indicators(), i -> new String[] {i.target() == null ? null : i.target().raw(),
            i.actual() == null ? null : i.actual().raw(), Money.formatScore(i.weight()), Money.formatScore(i.score()), i.deviation()},
                new int[] {1, 1, 1, 1, 1});
        add(table, "总分", f.label(), 6, 1);
        add(table, Money.formatScore(e.totalWeight()), f.text());
        add(table, Money.formatScore(e.totalScore()), f.text());
        add(table, "等级：" + e.grade().name(), f.text());
        doc.add(table);
    }

    private void budget(PdfPTable t, String label, Budget b, String weight, String rate, String score, boolean last) {
        Budget x = b == null ? Budget.NONE : b;
        PdfCells.part(t, "", f.label(), false, last);
        add(t, label, f.label(), 2, 1);
        number(t, Money.formatYuan(x.initial()), f.text());
        number(t, Money.formatYuan(x.adjusted()), f.text());
        number(t, Money.formatYuan(x.executed()), f.text());
        add(t, weight, f.text());
        add(t, rate, f.text());
        add(t, score, f.text());
    }

    /** The indicator rows: the 绩效指标 label, 一级 and 二级 merged over their runs, then the row's own cells. */
    private void indicators(PdfPTable table, List<Indicator> rows, Function<Indicator, String[]> rest, int[] spans) {
        for (int k = 0; k < rows.size(); k++) {
            Indicator i = rows.get(k);
            boolean last = k == rows.size() - 1;
            PdfCells.part(table, "", f.label(), k == 0, last);
            boolean newOne = k == 0 || !Objects.equals(rows.get(k - 1).level1(), i.level1());
            boolean newTwo = newOne || !Objects.equals(rows.get(k - 1).level2(), i.level2());
            PdfCells.part(table, i.level1(), f.text(), newOne, last || run(rows, k, true) == 1);
            PdfCells.part(table, i.level2(), f.text(), newTwo, last || run(rows, k, false) == 1);
            add(table, i.level3(), f.text());
            String[] cells = rest.apply(i);
            for (int c = 0; c < cells.length; c++) {
                add(table, cells[c], f.text(), spans[c], 1);
            }
        }
    }

    /** How many rows from {@code k} share its 一级 (and, unless {@code levelOne}, its 二级). */
    private static int run(List<Indicator> rows, int k, boolean levelOne) {
        int end = k + 1;
        while (end < rows.size() && Objects.equals(rows.get(end).level1(), rows.get(k).level1())
                && (levelOne || Objects.equals(rows.get(end).level2(), rows.get(k).level2()))) {
            end++;
        }
        return end - k;
    }
}
