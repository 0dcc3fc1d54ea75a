package org.jixiao.findings;

/**
 * F10 表单无法读取 (错误): a sheet laid out as a printed 申报表 or 自评表 that cannot be read as one — a
 * label missing or out of order, cells that cannot be read — refuses that form's project rather than
 * dropping it unseen; the rest of the workbook is read.
 */
public final class F10FormUnreadable {

    private static final Rule RULE = Rule.FORM_UNREADABLE;

    private F10FormUnreadable() {
    }

    /** A form sheet with cells that cannot be read, {@code damage} naming them row by row. */
    public static FileFinding damaged(String sheet, String damage) {
        return new FileFinding(RULE, sheet, 0, "", "工作表「" + sheet + "」的表单有无法读取的单元格（" + damage + "），该表单未导入");
    }

    /** A sheet that looks like a form but none of whose forms could be read; {@code missing} says what was not found. */
    public static FileFinding notRead(String sheet, String missing) {
        return new FileFinding(RULE, sheet, 0, "", "工作表「" + sheet + "」是申报表或自评表，但未能读取：" + missing
                + "；该表单的项目未导入，请对照模板检查表单的标签和顺序");
    }

    /** One form of a sheet of several, starting on {@code row}, that could not be read while others were. */
    public static FileFinding formAt(String sheet, int row, String missing) {
        return new FileFinding(RULE, sheet, row, "", "工作表「" + sheet + "」第" + row + "行起的表单未能读取：" + missing + "；该表单未导入");
    }
}
