package org.jixiao.generate;

import static org.jixiao.generate.FormSheetBuilder.excelRow;

import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.jixiao.filing.Column;
import org.jixiao.ingest.RawRow;
import org.jixiao.ingest.Values;

/**
 * Writes one project as the official 财政项目支出绩效自评表 sheet (seed 003): columns A–I, the title
 * and year lines, 项目名称 and 主管部门/实施单位, the funds block (vertical 项目资金（元） label, a
 * header row 年初预算数 … 得分 and the rows 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 /
 * 其他资金), the goals block (预期目标 | 实际完成情况), the indicator table and the 总分 row.
 */
public final class SelfEvaluationFormWriter {

    private SelfEvaluationFormWriter() {
    }

    public static void write(Workbook workbook, String sheetName, List<RawRow> rows, FormVariant variant) {
        FormSheetBuilder b = new FormSheetBuilder(workbook, sheetName, variant);
        RawRow p = rows.get(0);
        int r = b.row();
        b.text(r, 0, "财政项目支出绩效自评表");
        b.merge(r, r, 0, 8);
        r = b.row();
        b.text(r, 0, "(" + Values.year(p.get(Column.年度)) + " 年度)");
        b.merge(r, r, 0, 8);
        r = b.row();
        b.label(r, 0, "项目名称");
        b.text(r, 1, p.get(Column.项目名称));
        b.merge(r, r, 1, 8);
        r = b.row();
        b.label(r, 0, "主管部门");
        b.text(r, 1, p.get(Column.主管部门));
        b.merge(r, r, 1, 4);
        b.label(r, 5, "实施单位");
        b.text(r, 6, p.get(Column.实施单位));
        b.merge(r, r, 6, 8);
        b.gap("注：金额单位为元");
        funds(b, p);
        b.gap("注：执行率=全年执行数/全年预算数");
        r = b.row();
        b.label(r, 0, "年度\n总体\n目标");
        b.merge(r, r + 1, 0, 0);
        b.label(r, 1, "预期目标");
        b.merge(r, r, 1, 4);
        b.label(r, 5, "实际完成情况");
        b.merge(r, r, 5, 8);
        r = b.row();
        b.text(r, 1, p.get(Column.预期目标));
        b.merge(r, r, 1, 4);
        b.text(r, 5, p.get(Column.实际完成情况));
        b.merge(r, r, 5, 8);
        b.gap("注：偏差原因须逐项说明");
        IndicatorTableWriter.write(b, rows, new String[] {"一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值",
            "分值", "得分", "偏差原因分析及\n改进措施"}, (row, at) -> {
                b.text(at, 3, row.get(Column.三级指标));
                b.text(at, 4, row.get(Column.年度指标值));
                b.text(at, 5, row.get(Column.实际完成值));
                b.number(at, 6, row.get(Column.分值));
                b.number(at, 7, row.get(Column.得分));
                b.text(at, 8, row.get(Column.偏差原因分析及改进措施));
            }, 8);
        r = b.row();
        b.label(r, 0, "总分");
        b.merge(r, r, 0, 5);
        b.number(r, 6, p.get(Column.总分));
        b.number(r, 7, p.get(Column.总得分));
    }

    private static void funds(FormSheetBuilder b, RawRow p) {
        int head = b.row();
        int total = b.row();
        int current = b.row();
        int carry = b.row();
        int other = b.row();
        b.label(head, 0, "项目资金\n（元）");
        b.merge(head, other, 0, 0);
        String[] columns = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
        for (int k = 0; k < columns.length; k++) {
            b.label(head, 3 + k, columns[k]);
        }
        b.merge(head, head, 1, 2);
        b.label(total, 1, "年度资金总额");
        b.label(current, 1, "其中：当年财政拨款");
        b.label(carry, 1, "上年结转资金");
        b.label(other, 1, "其他资金");
        for (int r : new int[] {total, current, carry, other}) {
            b.merge(r, r, 1, 2);
        }
        String[] sums = new String[3];
        for (int k = 0; k < 3; k++) {
            char col = (char) ('D' + k);
            sums[k] = col + "" + excelRow(current) + "+" + col + excelRow(carry) + "+" + col + excelRow(other);
        }
        b.money(total, 3, p.get(Column.年初预算数), sums[0]);
        b.money(total, 4, p.get(Column.全年预算数), sums[1]);
        b.money(total, 5, p.get(Column.全年执行数), sums[2]);
        b.number(total, 6, p.get(Column.资金分值));
        b.percent(total, 7, p.get(Column.执行率));
        b.number(total, 8, p.get(Column.资金得分));
        Column[][] parts = {
            {Column.当年财政拨款年初预算数, Column.当年财政拨款全年预算数, Column.当年财政拨款全年执行数},
            {Column.上年结转资金年初预算数, Column.上年结转资金全年预算数, Column.上年结转资金全年执行数},
            {Column.其他资金年初预算数, Column.其他资金全年预算数, Column.其他资金全年执行数}};
        int[] at = {current, carry, other};
        for (int i = 0; i < parts.length; i++) {
            for (int k = 0; k < 3; k++) {
                b.money(at[i], 3 + k, p.get(parts[i][k]), null);
            }
            b.text(at[i], 6, "—");
        }
    }
}
