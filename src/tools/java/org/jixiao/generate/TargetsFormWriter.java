package org.jixiao.generate;

import static org.jixiao.generate.FormSheetBuilder.excelRow;

import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.jixiao.filing.Column;
import org.jixiao.ingest.RawRow;
import org.jixiao.ingest.Values;

/**
 * Writes one project as the official 财政项目支出绩效目标申报表 sheet (seeds 002/004): columns A–F,
 * the title and year lines, label/value pairs, the funds block with its vertical 项目资金（元）
 * label, the goals under their headings, and the indicator table with a vertical 绩效指标 label and
 * 一级/二级 merged over their rows. The values come from the project's flat rows.
 */
public final class TargetsFormWriter {

    private TargetsFormWriter() {
    }

    public static void write(Workbook workbook, String sheetName, List<RawRow> rows, FormVariant variant) {
        FormSheetBuilder b = new FormSheetBuilder(workbook, sheetName, variant);
        RawRow p = rows.get(0);
        String year = Values.year(p.get(Column.年度)).toString();
        int r = b.row();
        b.text(r, 0, "财政项目支出绩效目标申报表");
        b.merge(r, r, 0, 5);
        r = b.row();
        b.text(r, 0, "(" + year + "年度)");
        b.merge(r, r, 0, 5);
        b.gap("注：本表由项目单位填报");
        r = b.row();
        b.label(r, 0, "项目名称");
        b.text(r, 1, p.get(Column.项目名称));
        b.label(r, 2, "项目性质");
        b.text(r, 3, p.get(Column.项目性质));
        b.label(r, 4, "项目类别");
        b.text(r, 5, p.get(Column.项目类别));
        r = b.row();
        b.label(r, 0, "主管部门");
        b.text(r, 1, p.get(Column.主管部门));
        b.label(r, 2, "实施单位");
        b.text(r, 3, p.get(Column.实施单位));
        b.merge(r, r, 3, 5);
        r = b.row();
        b.label(r, 0, "计划开始日期");
        b.date(r, 1, p.get(Column.计划开始日期));
        b.label(r, 2, "计划完成日期");
        b.date(r, 3, p.get(Column.计划完成日期));
        b.merge(r, r, 3, 5);
        funds(b, p);
        b.gap("注：金额单位为元");
        r = b.row();
        b.label(r, 0, "项目绩效目标");
        b.merge(r, r + 1, 0, 0);
        b.label(r, 1, "项目总目标（" + year + "年-" + year + "年）");
        b.merge(r, r, 1, 2);
        b.label(r, 3, "年度总体目标");
        b.merge(r, r, 3, 5);
        r = b.row();
        b.text(r, 1, p.get(Column.项目总目标));
        b.merge(r, r, 1, 2);
        b.text(r, 3, p.get(Column.年度总体目标));
        b.merge(r, r, 3, 5);
        b.gap("注：指标值请写明单位");
        IndicatorTableWriter.write(b, rows, new String[] {"一级指标", "二级指标", "三级指标", "年度(/项目)指标值"},
                (row, at) -> {
                    b.text(at, 3, row.get(Column.三级指标));
                    b.text(at, 4, row.get(Column.指标值));
                    b.merge(at, at, 4, 5);
                }, 5);
    }

    /** Rows 项目资金总额 / 其中：财政资金 / (blank) / 其他资金 on the left, 年度资金申请总额 and its parts on the right. */
    private static void funds(FormSheetBuilder b, RawRow p) {
        int top = b.row();
        int fiscal = b.row();
        int carry = b.row();
        int other = b.row();
        b.label(top, 0, "项目资金（元）");
        b.merge(top, other, 0, 0);
        b.label(top, 1, "项目资金总额");
        b.money(top, 2, p.get(Column.项目资金总额), "C" + excelRow(fiscal) + "+C" + excelRow(other));
        b.label(top, 3, "年度资金申请总额");
        b.money(top, 4, p.get(Column.年度资金申请总额), "E" + excelRow(fiscal) + "+E" + excelRow(carry) + "+E" + excelRow(other));
        b.label(fiscal, 1, "其中：财政资金");
        b.money(fiscal, 2, p.get(Column.财政资金), null);
        b.label(fiscal, 3, "其中：当年财政拨款");
        b.money(fiscal, 4, p.get(Column.当年财政拨款), null);
        b.label(carry, 3, "上年结转资金");
        b.money(carry, 4, p.get(Column.上年结转资金), null);
        b.label(other, 1, "其他资金");
        b.money(other, 2, p.get(Column.其他资金), null);
        b.label(other, 3, "其他资金");
        b.money(other, 4, p.get(Column.年度其他资金), null);
        for (int r = top; r <= other; r++) {
            b.merge(r, r, 4, 5);
        }
    }
}
