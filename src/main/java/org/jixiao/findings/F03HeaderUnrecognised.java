package org.jixiao.findings;

import java.util.List;

/**
 * F03 未识别的表头 (错误): no header of a 申报表 or 自评表 (nor of the roster's table) within the first
 * rows, so no cell can be given its column and the file is refused whole, its rows counted.
 */
public final class F03HeaderUnrecognised {

    private static final Rule RULE = Rule.HEADER_UNRECOGNISED;

    private F03HeaderUnrecognised() {
    }

    /** A CSV filing without a header in its first {@code searched} rows. */
    public static FileFinding notFound(int searched) {
        return new FileFinding(RULE, "", 0, "", "前" + searched
                + "行中没有找到申报表或自评表的表头（应含 年度、主管部门、项目名称、一级指标 等列），整个文件未导入");
    }

    /** A plain table's CSV without a header of {@code columns} in its first {@code searched} rows. */
    public static FileFinding tableNotFound(List<String> columns, int searched) {
        return new FileFinding(RULE, "", 0, "", "前" + searched + "行中没有找到表头（应含 " + String.join("、", columns) + " 等列），未读取");
    }

    /** A plain table's workbook with no header in any sheet. */
    public static FileFinding noSheetHasHeader(List<String> columns) {
        return new FileFinding(RULE, "", 0, "", "工作簿的各工作表中都没有找到表头（应含 " + String.join("、", columns) + " 等列），未读取");
    }
}
