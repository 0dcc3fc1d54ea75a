package org.jixiao.findings;

import java.util.List;

/**
 * F06 未识别的工作表 (问题): a sheet that is neither a flat table nor a form (a cover, notes, a chart's
 * data) holds no filing rows; it is named so the analyst can look, and none of its rows is counted.
 */
public final class F06SheetUnrecognised {

    private static final Rule RULE = Rule.SHEET_UNRECOGNISED;

    private F06SheetUnrecognised() {
    }

    /** A filing's sheet of {@code rows} rows; {@code why} says what it lacks to be a form. */
    public static FileFinding notAFiling(String sheet, int rows, String why) {
        return new FileFinding(RULE, sheet, 0, "", "工作表「" + sheet + "」（" + rows
                + "行）既不是明细表（未找到含 年度、主管部门、项目名称、一级指标 等列的表头），也不是申报表或自评表：" + why + "；该表未导入");
    }

    /** A plain table's sheet without a header of {@code columns} in its first {@code searched} rows. */
    public static FileFinding tableNotFound(String sheet, List<String> columns, int searched) {
        return new FileFinding(RULE, sheet, 0, "", "工作表「" + sheet + "」前" + searched + "行中没有找到表头（应含 "
                + String.join("、", columns) + " 等列），未读取");
    }
}
