package org.jixiao.findings;

import java.util.List;

/**
 * F04 缺少必填列 (错误): a header that lacks a required column of its kind (filings.md §2) refuses its
 * file or sheet; its rows are counted as rejected.
 */
public final class F04ColumnMissing {

    private static final Rule RULE = Rule.COLUMN_MISSING;

    private F04ColumnMissing() {
    }

    /** A CSV filing's header on {@code row} without {@code missing}; {@code kind} is 绩效目标 or 绩效自评. */
    public static FileFinding csv(int row, List<String> missing, String kind) {
        String names = String.join("、", missing);
        return new FileFinding(RULE, "", row, names, "缺少必填列「" + names + "」（" + kind + "表），整个文件未导入");
    }

    /** A sheet's header without {@code missing}; {@code damage} names its unreadable cells (null when none). */
    public static FileFinding sheet(String sheet, int row, List<String> missing, String kind, String damage) {
        String names = String.join("、", missing);
        return new FileFinding(RULE, sheet, row, names, "工作表「" + sheet + "」缺少必填列「" + names + "」（" + kind + "表）"
                + (damage == null ? "" : "（表头有无法读取的单元格：" + damage + "）") + "，该表未导入");
    }

    /** A plain table's header (sheet "" in a CSV) without {@code missing}. */
    public static FileFinding table(String sheet, int row, List<String> missing) {
        String names = String.join("、", missing);
        return new FileFinding(RULE, sheet, row, names, FileFinding.sheetOf(sheet) + "缺少必填列「" + names + "」，未读取");
    }
}
