package org.jixiao.findings;

/**
 * F01 文件无法读取 (错误): a file that cannot be read as a filing — not text, not a workbook, an old
 * .xls, damaged, cut off, or gone when the night opens it — is refused whole; a sheet whose part of
 * the workbook is damaged is refused alone, and a CSV row the roster cannot decode alone. The readers
 * ({@code ingest}) meet the damage and name what exactly is broken where only they can (a sheet's XML,
 * a part of the package); this class makes the finding.
 */
public final class F01FileUnreadable {

    private static final Rule RULE = Rule.FILE_UNREADABLE;

    /** What a file with a .csv name that is not text turns out to be, by its first bytes. */
    public enum Disguise {
        /** A zip: an .xlsx renamed, or another archive. */
        WORKBOOK,
        /** An OLE2 file: an old .xls or a Word document. */
        OLD_OFFICE,
        PDF
    }

    private F01FileUnreadable() {
    }

    /** A .csv that is not text; {@code disguise} says what it is when its first bytes tell (null when not). */
    public static FileFinding notText(Disguise disguise) {
        return whole(disguise == null ? "文件不是文本格式的 CSV（含有二进制内容），请从 Excel 另存为 CSV 或 .xlsx" : switch (disguise) {
            case WORKBOOK -> "这是一个 Excel 工作簿（.xlsx）或其他压缩文件，扩展名却是 .csv：若是工作簿，请把扩展名改回 .xlsx";
            case OLD_OFFICE -> "这是一个旧版 Excel（.xls）或 Word 文件，扩展名却是 .csv：请在 Excel 中另存为 .xlsx 或 CSV";
            case PDF -> "这是一个 PDF 文件，扩展名却是 .csv：请报送 Excel 或 CSV 格式的申报表";
        });
    }

    /** A CSV separated by semicolons, refused whole at its header (row 1 of the file). */
    public static FileFinding semicolonSeparated() {
        return new FileFinding(RULE, "", 1, "", "文件以分号（;）分隔各列，而申报文件只能用逗号或制表符分隔（分号分隔的文件常以逗号作小数点，金额可能被读错），"
                + "整个文件未导入；请在 Excel 中另存为「CSV UTF-8（逗号分隔）」后重新报送");
    }

    /** An Excel 97-2003 workbook. */
    public static FileFinding oldXls() {
        return whole("文件是旧版 Excel 97-2003 (.xls) 格式，请在 Excel 中另存为 .xlsx 后再报送");
    }

    /** A file named as a workbook that is no zip package of one. */
    public static FileFinding notXlsx() {
        return whole("文件不是有效的 Excel (.xlsx) 工作簿（可能是改了扩展名的文本或损坏的文件）");
    }

    /** A workbook whose package cannot be read. */
    public static FileFinding brokenWorkbook() {
        return whole("Excel 工作簿结构损坏，无法读取");
    }

    /** A workbook with a part that inflates past the limits set against zip bombs. */
    public static FileFinding zipBomb() {
        return whole("Excel 工作簿中有一部分解压后异常巨大（疑似压缩炸弹），未读取");
    }

    /** A part every sheet needs is missing or cannot be opened; {@code what} names it and what it holds. */
    public static FileFinding partMissing(String what) {
        return whole("工作簿缺少或损坏了" + what + "，整个文件未导入；请在 Excel 中打开后另存再报送");
    }

    /** A part every sheet needs is damaged, as the reader of that part describes it. */
    public static FileFinding partDamaged(String damage) {
        return whole(damage);
    }

    /** A sheet whose part is missing or cannot be opened: that sheet alone is not read. */
    public static FileFinding sheetUnreadable(String sheet, String damage) {
        return new FileFinding(RULE, sheet, 0, "", damage + "；其他工作表照常读取");
    }

    /** A sheet whose XML breaks off: what was read of it stands, unless held for a form ({@code rowsLost}). */
    public static FileFinding sheetBroken(String sheet, String damage, int rowsLost) {
        return new FileFinding(RULE, sheet, 0, "", "工作表「" + sheet + "」" + damage + (rowsLost > 0 ? "；已读到的" + rowsLost + "行未导入" : ""));
    }

    /** A reader stopped by what it did not expect: the rest of the file is not read. */
    public static FileFinding interrupted() {
        return whole("文件读到中途无法继续（内容损坏或格式异常），其后的内容未读取；请在 Excel 中打开检查后另存再报送");
    }

    /** The import's own reading stopped (the file changed under it, or broke the reader). */
    public static FileFinding importInterrupted() {
        return whole("读取中断（文件损坏或在读取时被改动），其后的内容未读取");
    }

    /** The file could not be opened at all. */
    public static FileFinding cannotOpen() {
        return whole("文件无法打开（权限不足、已被移走或磁盘错误），未读取");
    }

    /** The folder changed between the scan and the reading; {@code how} says what became of the file. */
    public static FileFinding changedSinceScan(String how) {
        return whole(how);
    }

    /** The file's bytes were not those the scan hashed when it was read: what was read is not taken. */
    public static FileFinding changedWhileRead() {
        return whole("文件在本次运行读取期间被改动（与扫描时的内容不同），本次不采用；文件不再改动后，下次运行重新读取");
    }

    /** A plain table (the roster) that broke off; {@code damage} is the reader's own words, null when it has none. */
    public static FileFinding tableUnreadable(String damage) {
        return whole("文件无法读取" + (damage != null ? "：" + damage : "（读取中途出错，文件可能不完整或已损坏）"));
    }

    /** A row of a plain table's CSV with bytes that are not text in its encoding: that row is not read. */
    public static FileFinding tableRowNotText(int row, String charset) {
        return new FileFinding(RULE, "", row, "", "第" + row + "行含有不是 " + charset
                + " 文字的字节（文件编码前后不一致或已损坏），该行未读取；请将文件另存为 UTF-8");
    }

    /** A plain table's CSV that cannot be parsed from {@code row} on. */
    public static FileFinding tableBrokenFrom(int row) {
        return new FileFinding(RULE, "", row, "", "第" + row + "行起无法按 CSV 解析（引号不配对或格式损坏），其后各行未读取");
    }

    private static FileFinding whole(String message) {
        return new FileFinding(RULE, "", 0, "", message);
    }
}
