package org.jixiao.bench;

import static org.jixiao.bench.PdfCells.add;
import static org.jixiao.bench.PdfCells.number;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Evaluation;
import org.jixiao.filing.Money;
import org.jixiao.filing.Project;
import org.jixiao.filing.ScoringPolicy;
import org.jixiao.summary.Department;

/**
 * The 汇总表 pages as plain tables: per department its projects with a total and the disclosure
 * sentence, per 地区 and overall one row per department. No charts: that is the lower bound's
 * privilege. The sums are kept while the projects stream by, a few numbers per department.
 */
final class SummaryPages {

    /** One department's sums and project lines for a year. */
    static final class Totals {
        final Department department;
        final List<String[]> targetLines = new ArrayList<>();
        final List<String[]> selfLines = new ArrayList<>();
        BigDecimal annual = BigDecimal.ZERO;
        int large;
        BigDecimal adjusted = BigDecimal.ZERO;
        BigDecimal executed = BigDecimal.ZERO;
        BigDecimal scores = BigDecimal.ZERO;

        Totals(Department department) {
            this.department = department;
        }

        void target(Project p) {
            BigDecimal a = Money.orZero(p.funds().annual());
            annual = annual.add(a);
            large += p.funds().isLarge() ? 1 : 0;
            targetLines.add(new String[] {Integer.toString(targetLines.size() + 1), p.name(), p.category(), Money.formatWan(a),
                Integer.toString(p.indicators().size())});
        }

        void self(Project p, Evaluation e) {
            adjusted = adjusted.add(Money.orZero(p.evaluation().total().adjusted()));
            executed = executed.add(Money.orZero(p.evaluation().total().executed()));
            scores = scores.add(e.totalScore());
            selfLines.add(new String[] {Integer.toString(selfLines.size() + 1), p.name(), Money.formatWan(p.evaluation().total().adjusted()),
                Money.formatWan(p.evaluation().total().executed()), Money.formatPercent(e.executionRate()),
                Money.formatScore(e.totalScore()), e.grade().name()});
        }

        String[] row() {
            BigDecimal rate = ScoringPolicy.rate(executed, adjusted);
            String mean = selfLines.isEmpty() ? "" : Money.formatScore(ScoringPolicy.divide(scores, BigDecimal.valueOf(selfLines.size())));
            return new String[] {department.name(), Integer.toString(targetLines.size()), Money.formatWan(annual), Integer.toString(large),
                Integer.toString(selfLines.size()), rate == null ? "" : Money.formatPercent(rate), mean};
        }
    }

    private static final String[] DEPARTMENT_COLUMNS = {"主管部门", "申报项目数", "年度资金（万元）", "1000万元以上", "自评项目数", "执行率",
        "平均总得分"};

    private final PdfFonts.Faces f;

    SummaryPages(PdfFonts.Faces faces) {
        this.f = faces;
    }

    void department(Document doc, Totals t) throws DocumentException {
        Department d = t.department;
        doc.add(PdfCells.title(d.name() + " " + d.year() + "年度项目绩效汇总表", f.title()));
        if (!t.targetLines.isEmpty()) {
            doc.add(new Paragraph("一、绩效目标申报", f.label()));
            doc.add(lines(new String[] {"序号", "项目名称", "项目类别", "年度资金申请总额（万元）", "指标数"}, new float[] {1, 5, 3, 3, 1.5f},
                    t.targetLines,
                    new String[] {"", "合计", "", Money.formatWan(t.annual), ""}));
            doc.add(new Paragraph("编报绩效目标的项目" + t.targetLines.size() + "个，涉及项目预算资金" + Money.plainWan(t.annual)
                    + "万元，其中预算金额1000万元（含）以上的项目有" + t.large + "个。", f.text()));
        }
        if (!t.selfLines.isEmpty()) {
            doc.add(new Paragraph((t.targetLines.isEmpty() ? "一" : "二") + "、绩效自评", f.label()));
            doc.add(lines(new String[] {"序号", "项目名称", "全年预算数（万元）", "全年执行数（万元）", "执行率", "总得分", "等级"},
                    new float[] {1, 5, 3, 3, 2, 2, 1.5f}, t.selfLines,
                    new String[] {"", "合计", Money.formatWan(t.adjusted), Money.formatWan(t.executed), "", "", ""}));
        }
    }

    /** A 地区's or the overall 汇总表: one row per department, under a heading per 地区 when there are several. */
    void departments(Document doc, String title, List<Totals> departments) throws DocumentException {
        doc.add(PdfCells.title(title, f.title()));
        List<String[]> rows = new ArrayList<>();
        String region = null;
        for (Totals t : departments) {
            if (!t.department.region().equals(region) && !title.contains(t.department.region())) {
                region = t.department.region();
                rows.add(new String[] {"【" + region + "】", "", "", "", "", "", ""});
            }
            rows.add(t.row());
        }
        doc.add(lines(DEPARTMENT_COLUMNS, new float[] {6, 2, 3, 2, 2, 2, 2}, rows, null));
    }

    private PdfPTable lines(String[] header, float[] widths, List<String[]> rows, String[] total) {
        PdfPTable table = PdfCells.table(widths);
        table.setHeaderRows(1);
        for (String h : header) {
            add(table, h, f.label());
        }
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i >= 2) {
                    number(table, row[i], f.text());
                } else {
                    add(table, row[i], f.text());
                }
            }
        }
        if (total != null) {
            for (String cell : total) {
                add(table, cell, f.label());
            }
        }
        return table;
    }
}
