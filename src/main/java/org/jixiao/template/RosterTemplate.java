package org.jixiao.template;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.filing.Departments;

/**
 * The fill-in 报送名单 ({@code template --kind=roster}): one sheet 名单 with the roster's columns (年度,
 * 地区, 主管部门, 应报类型, 截止日期; the required ones orange, each with a note), cells formatted for a
 * year and a date, dropdowns for 地区 and 应报类型 that warn but accept other values, and a 填写说明 sheet
 * (skipped when the roster is read). Saved as {@code 名单.xlsx} at the top of the input folder, a filled
 * copy is the night's roster as it is.
 */
public final class RosterTemplate {

    public static final String SHEET = "名单";
    static final int ROWS = 2000;
    static final String REGIONS = "地区清单";
    static final List<String> KINDS = List.of("绩效目标", "绩效自评", "绩效目标、绩效自评");

    /** A column: header, whether required, its note, an example, its width and cell format. */
    private record Entry(String header, boolean required, String help, String example, int width, String format) {
    }

    private static final List<Entry> COLUMNS = List.of(
            new Entry("年度", true, "应报送的预算年度，四位数字", "2025", 8, "0"),
            new Entry("地区", false, "可不填：按主管部门推断（…上海市松江区… → 松江区；无区县为 市级），与申报表相同", "松江区", 12, "@"),
            new Entry("主管部门", true, "主管部门全称，与其申报表、自评表中的写法一致；本表的部门顺序即汇总表和汇编的顺序", "中共上海市松江区委组织部", 36, "@"),
            new Entry("应报类型", true, "绩效目标、绩效自评，或两者（绩效目标、绩效自评）", "绩效目标、绩效自评", 20, "@"),
            new Entry("截止日期", false, "报送截止日期；过了这一天仍未报送（或首次报送晚于这一天）即为逾期。可不填，不填不判断逾期", "2025-03-31", 13,
                    "yyyy-mm-dd"));

    public void write(Path target) throws IOException {
        FillInTemplate.writeNew(this::build, target);
    }

    XSSFWorkbook build() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet(SHEET);
        XSSFSheet notes = workbook.createSheet(TemplateInstructions.SHEET);
        Row header = sheet.createRow(0);
        header.setHeightInPoints(32);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        for (int c = 0; c < COLUMNS.size(); c++) {
            Entry e = COLUMNS.get(c);
            header.createCell(c).setCellValue(e.header());
            header.getCell(c).setCellStyle(FillInTemplate.headerStyle(workbook, e.required()));
            XSSFClientAnchor anchor = new XSSFClientAnchor();
            anchor.setCol1(c);
            anchor.setCol2(c + 3);
            anchor.setRow1(0);
            anchor.setRow2(4);
            var comment = drawing.createCellComment(anchor);
            comment.setString(new XSSFRichTextString((e.required() ? "必填。" : "选填。") + e.help() + "\n例：" + e.example()));
            comment.setAuthor("jixiao");
            header.getCell(c).setCellComment(comment);
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(e.format()));
            sheet.setDefaultColumnStyle(c, style);
            sheet.setColumnWidth(c, e.width() * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, COLUMNS.size() - 1));
        instructions(workbook, notes);
        validations(sheet);
        workbook.setActiveSheet(0);
        return workbook;
    }

    private static void instructions(XSSFWorkbook workbook, XSSFSheet notes) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        notes.setColumnWidth(0, 16 * 256);
        notes.setColumnWidth(1, 10 * 256);
        notes.setColumnWidth(2, 70 * 256);
        notes.setColumnWidth(3, 26 * 256);
        int[] next = {0};
        line(notes, next, bold, "报送名单 · 填写说明");
        for (String note : List.of(
                "1. 每个主管部门每个年度填一行；同一部门两类都要报送的，应报类型填“绩效目标、绩效自评”，或分两行各填一类。",
                "2. 填好后以“名单.xlsx”为名放在输入目录的最上层（与各部门的申报文件同一目录），每晚运行时即按名单统计报送情况：应报、已报、被拒收、未报、逾期。",
                "3. 名单中没有、却报送了的部门会列为问题，并给出名单中最接近的名称（多为错字或旧名称）。",
                "4. 名单只对其中列出的年度和应报类型起作用；其余年度按上年报送情况提示未报部门。",
                "5. 部门的先后顺序即汇总表和汇编中的顺序。",
                "6. 本“填写说明”工作表不会被读取，可以保留。")) {
            line(notes, next, null, note);
        }
        next[0]++;
        line(notes, next, bold, "列名", "是否必填", "说明", "示例");
        for (Entry e : COLUMNS) {
            line(notes, next, null, e.header(), e.required() ? "必填" : "选填", e.help(), e.example());
        }
        next[0]++;
        line(notes, next, bold, "下拉列表：地区");
        int first = next[0];
        for (String region : Departments.REGION_ORDER) {
            line(notes, next, null, region);
        }
        XSSFName name = workbook.createName();
        name.setNameName(REGIONS);
        name.setRefersToFormula("'" + TemplateInstructions.SHEET + "'!$A$" + (first + 1) + ":$A$" + next[0]);
    }

    private static void validations(XSSFSheet sheet) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        validate(sheet, helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "2000", "2100"), 0,
                DataValidation.ErrorStyle.WARNING, "年度", "请填写四位年份，如 2025。");
        validate(sheet, helper.createFormulaListConstraint(REGIONS), 1, DataValidation.ErrorStyle.INFO, "地区",
                "不在常用地区中，将按所填内容保留。");
        validate(sheet, helper.createExplicitListConstraint(KINDS.toArray(String[]::new)), 3, DataValidation.ErrorStyle.WARNING,
                "应报类型", "应填 绩效目标、绩效自评，或两者（绩效目标、绩效自评）。");
        validate(sheet, helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN, "DATE(2000,1,1)", "DATE(2100,12,31)",
                "yyyy-mm-dd"), 4, DataValidation.ErrorStyle.WARNING, "截止日期", "请填写日期，如 2025-03-31。");
    }

    private static void validate(XSSFSheet sheet, DataValidationConstraint constraint, int column, int style, String title,
            String error) {
        DataValidation v = new XSSFDataValidationHelper(sheet).createValidation(constraint,
                new CellRangeAddressList(1, ROWS, column, column));
        v.setErrorStyle(style);
        v.setShowErrorBox(true);
        v.createErrorBox(title, error);
        v.setEmptyCellAllowed(true);
        if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
            v.setSuppressDropDownArrow(true); // as in TemplateValidations: POI writes showDropDown="false" for true
        }
        sheet.addValidationData(v);
    }

    private static void line(XSSFSheet sheet, int[] next, CellStyle style, String... cells) {
        Row row = sheet.createRow(next[0]++);
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
            if (style != null) {
                row.getCell(c).setCellStyle(style);
            }
        }
    }
}
