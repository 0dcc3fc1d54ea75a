package org.jixiao.template;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.jixiao.filing.Column;

/**
 * The template's dropdowns and value checks. None of them refuses a value outright: the contract
 * accepts non-standard indicators and categories (they become 提示 findings), so the checks warn or
 * inform and let the clerk keep what they typed. 二级指标 is the usual dependent dropdown: its list
 * is {@code INDIRECT} of the 一级 cell, which names the range holding that 一级's 二级.
 */
final class TemplateValidations {

    private final XSSFSheet sheet;
    private final XSSFDataValidationHelper helper;
    private final int rows;

    TemplateValidations(XSSFSheet sheet, int rows) {
        this.sheet = sheet;
        this.helper = new XSSFDataValidationHelper(sheet);
        this.rows = rows;
    }

    void add(List<TemplateColumns.Entry> columns, Map<Column, Integer> at) {
        for (TemplateColumns.Entry e : columns) {
            int c = at.get(e.column());
            switch (e.column()) {
                case 一级指标 -> list(c, TemplateInstructions.LEVEL_ONE, DataValidation.ErrorStyle.WARNING, "一级指标",
                        "不是标准一级指标（成本指标、产出指标、效益指标、满意度指标）。仍要保留请选“是”。");
                case 二级指标 -> list(c, "INDIRECT($" + CellReference.convertNumToColString(at.get(Column.一级指标)) + "2)",
                        DataValidation.ErrorStyle.WARNING, "二级指标", "不是所选一级指标下的标准二级指标（或尚未选择一级指标）。仍要保留请选“是”。");
                case 项目类别 -> list(c, TemplateInstructions.CATEGORIES, DataValidation.ErrorStyle.INFO, "项目类别",
                        "不在常用项目类别中，将按所填内容保留。");
                case 项目性质 -> list(c, TemplateInstructions.NATURES, DataValidation.ErrorStyle.INFO, "项目性质",
                        "不在常用项目性质中，将按所填内容保留。");
                default -> format(c, e);
            }
        }
    }

    private void format(int c, TemplateColumns.Entry e) {
        switch (e.format()) {
            case MONEY -> check(c, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
                    e.header(), "请填写以元为单位的金额（数字，可带千分位）。");
            case SCORE -> check(c, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100"),
                    e.header(), "请填写 0 到 100 之间的数字。");
            case YEAR -> check(c, helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "2000", "2100"),
                    e.header(), "请填写四位年份，如 2025。");
            default -> { }
        }
    }

    private void list(int c, String formula, int style, String title, String error) {
        DataValidation v = helper.createValidation(helper.createFormulaListConstraint(formula), range(c));
        v.setErrorStyle(style);
        v.setShowErrorBox(true);
        v.createErrorBox(title, error);
        v.setEmptyCellAllowed(true);
        // Excel hides the arrow when showDropDown is true; POI writes showDropDown="false" for true here.
        v.setSuppressDropDownArrow(true);
        sheet.addValidationData(v);
    }

    private void check(int c, DataValidationConstraint constraint, String title, String error) {
        DataValidation v = helper.createValidation(constraint, range(c));
        v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        v.setShowErrorBox(true);
        v.createErrorBox(title, error);
        v.setEmptyCellAllowed(true);
        sheet.addValidationData(v);
    }

    private CellRangeAddressList range(int c) {
        return new CellRangeAddressList(1, rows, c, c);
    }
}
