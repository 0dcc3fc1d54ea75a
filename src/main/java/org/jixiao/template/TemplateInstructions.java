package org.jixiao.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.filing.Kind;
import org.jixiao.findings.Hierarchy;

/**
 * The 填写说明 sheet: how to fill the template, what each column means, and the lists behind the
 * dropdowns. The lists live here, visible, because a clerk wants to see the standard hierarchy, and
 * because the importer skips a sheet named 填写说明 (a hidden list sheet would be read as a filing).
 * Each list is a named range: {@code 一级指标清单}, one range per 一级 named after it (so
 * {@code INDIRECT(一级)} gives its 二级), {@code 项目类别清单}, {@code 项目性质清单}.
 */
final class TemplateInstructions {

    static final String SHEET = "填写说明";
    static final String LEVEL_ONE = "一级指标清单";
    static final String CATEGORIES = "项目类别清单";
    static final String NATURES = "项目性质清单";

    private final XSSFWorkbook workbook;
    private final XSSFSheet sheet;
    private final CellStyle bold;
    private int next;

    TemplateInstructions(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.sheet = workbook.createSheet(SHEET);
        this.bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        this.bold.setFont(font);
    }

    void write(Kind kind, List<TemplateColumns.Entry> columns) {
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        sheet.setColumnWidth(3, 22 * 256);
        line(bold, kind.formTitle() + " · 填报模板 · 填写说明");
        for (String note : notes(kind)) {
            line(null, note);
        }
        next++;
        line(bold, "列名", "是否必填", "说明", "示例");
        for (TemplateColumns.Entry e : columns) {
            line(null, e.header(), e.required() ? "必填" : "选填", e.help(), e.example());
        }
        next++;
        lists();
    }

    private static List<String> notes(Kind kind) {
        List<String> notes = new ArrayList<>(List.of(
                "1. 每个三级指标填一行。同一项目的第二行起，项目信息（年度、主管部门、项目名称、金额、目标等）可以留空，视为与上一行相同；如每行都填，则必须前后一致。",
                "2. 一个工作表可填报多个项目，依次往下填写即可。不要修改、删除或增加表头列；橙色表头为必填列。",
                "3. 金额单位为元，可写千分位（如 2,840,530.00）。没有的金额留空（留空表示未填报，不等于 0）；确为零的填 0。",
                "4. 日期按 2025-01-01 填写。",
                "5. 指标值写成“运算符+数值+单位”，如 ≥95(%)、=12(次)、≤30(分钟)；定性指标直接写，如 及时、规范。指标值各列为文本格式，以 = 开头也可直接输入。",
                "6. 一级指标从下拉列表选择；二级指标在选好一级指标后，从其下拉列表中选择（标准指标体系见本表下方）。确需填写标准以外的指标时，在提示框中选“是”即可保留，系统会给出提示。",
                "7. 项目类别、项目性质可从下拉列表选择，也可直接填写其他内容。"));
        if (kind == Kind.SELF_EVALUATION) {
            notes.add("8. 资金分值与各三级指标分值之和应为 100；得分低于分值的，须填写偏差原因分析及改进措施。执行率、资金得分、总分、总得分可不填，系统会计算并核对。");
        }
        notes.add((kind == Kind.SELF_EVALUATION ? "9" : "8") + ". 本“填写说明”工作表不会被导入，可以保留。");
        return notes;
    }

    /** The standard hierarchy as a table (一级 → its 二级 below it) and the two project lists, each a named range. */
    private void lists() {
        line(bold, "下拉列表：标准指标体系（一级指标 → 二级指标）与常用项目类别、项目性质");
        Map<String, Set<String>> standard = Hierarchy.standard();
        List<String> headings = new ArrayList<>(List.of("一级指标"));
        headings.addAll(standard.keySet());
        headings.add("项目类别");
        headings.add("项目性质");
        int head = next;
        line(bold, headings.toArray(String[]::new));
        List<List<String>> columns = new ArrayList<>();
        columns.add(List.copyOf(standard.keySet()));
        standard.values().forEach(children -> columns.add(List.copyOf(children)));
        columns.add(TemplateColumns.CATEGORIES);
        columns.add(TemplateColumns.NATURES);
        int depth = columns.stream().mapToInt(List::size).max().orElse(0);
        for (int r = 0; r < depth; r++) {
            Row row = sheet.createRow(head + 1 + r);
            for (int c = 0; c < columns.size(); c++) {
                if (r < columns.get(c).size()) {
                    row.createCell(c).setCellValue(columns.get(c).get(r));
                }
            }
        }
        next = head + 1 + depth;
        for (int c = 0; c < columns.size(); c++) {
            String name = c == 0 ? LEVEL_ONE : c == columns.size() - 2 ? CATEGORIES : c == columns.size() - 1 ? NATURES
                    : headings.get(c);
            name(name, head + 1, head + columns.get(c).size(), c);
        }
    }

    private void name(String name, int firstRow, int lastRow, int column) {
        XSSFName n = workbook.createName();
        n.setNameName(name);
        String col = CellReference.convertNumToColString(column);
        n.setRefersToFormula("'" + SHEET + "'!$" + col + "$" + (firstRow + 1) + ":$" + col + "$" + (lastRow + 1));
    }

    private void line(CellStyle style, String... cells) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
            if (style != null) {
                row.getCell(c).setCellStyle(style);
            }
        }
    }
}
