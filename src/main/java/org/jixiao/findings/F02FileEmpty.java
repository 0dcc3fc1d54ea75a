package org.jixiao.findings;

/**
 * F02 文件没有数据 (错误): a file with nothing in it, or only a header, has no rows to import; the
 * clerk most likely saved the wrong file.
 */
public final class F02FileEmpty {

    private static final Rule RULE = Rule.FILE_EMPTY;

    private F02FileEmpty() {
    }

    /** A file with no text at all. */
    public static FileFinding empty() {
        return new FileFinding(RULE, "", 0, "", "文件为空，没有表头也没有数据");
    }

    /** A workbook whose sheets hold nothing. */
    public static FileFinding emptyWorkbook() {
        return new FileFinding(RULE, "", 0, "", "工作簿中没有任何数据");
    }

    /** A CSV filing with its header and no row under it. */
    public static FileFinding headerOnly() {
        return new FileFinding(RULE, "", 0, "", "文件只有表头，没有数据行");
    }

    /** A plain table's sheet (or CSV, sheet "") with its header and no row under it. */
    public static FileFinding tableHeaderOnly(String sheet) {
        return new FileFinding(RULE, sheet, 0, "", FileFinding.sheetOf(sheet) + "只有表头，没有数据行");
    }
}
