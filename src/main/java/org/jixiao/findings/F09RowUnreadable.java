package org.jixiao.findings;

/**
 * F09 行无法读取 (错误): a row that cannot be read — bytes that are not text in the file's encoding,
 * broken quoting, a cell a workbook's XML does not let us read — is rejected on its own, and reading
 * goes on with the next. In a header row the unreadable cell's column is not imported.
 */
public final class F09RowUnreadable {

    private static final Rule RULE = Rule.ROW_UNREADABLE;

    private F09RowUnreadable() {
    }

    /** A CSV row with bytes that are not {@code charset} text. */
    public static FileFinding notText(int row, String charset) {
        return new FileFinding(RULE, "", row, "", "第" + row + "行含有不是 " + charset
                + " 文字的字节（文件编码前后不一致或已损坏），该行未导入；请将文件另存为 UTF-8 后重新报送");
    }

    /** A CSV row (starting on {@code line} of the file) whose quoting is broken as {@code why} says. */
    public static FileFinding brokenQuotes(int row, int line, String why) {
        return new FileFinding(RULE, "", row, "", "第" + row + "行（文件第" + line + "行）" + why + "，该行未导入，其后的行照常读取；"
                + "请在 Excel 中检查该行后另存为 CSV 重新报送");
    }

    /** A sheet's row with cells that cannot be read, {@code damage} naming them. */
    public static FileFinding cells(String sheet, int row, String damage) {
        return new FileFinding(RULE, sheet, row, "", "工作表「" + sheet + "」第" + row + "行有无法读取的单元格（" + damage + "），该行未导入");
    }

    /** A header row with cells that cannot be read: their columns are not imported. */
    public static FileFinding header(String sheet, int row, String damage) {
        return new FileFinding(RULE, sheet, row, "", (sheet.isEmpty() ? "" : "工作表「" + sheet + "」的") + "表头第" + row
                + "行有无法读取的单元格（" + damage + "），该列的内容未导入");
    }
}
