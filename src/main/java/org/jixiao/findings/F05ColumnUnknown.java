package org.jixiao.findings;

import java.util.List;
import org.jixiao.filing.Text;

/**
 * F05 未知列 (问题): a header column that is none of the contract's is not imported; the rest of the
 * table is read.
 */
public final class F05ColumnUnknown {

    private static final Rule RULE = Rule.COLUMN_UNKNOWN;

    private F05ColumnUnknown() {
    }

    /** A filing's header on {@code row} with columns named {@code unknown}. */
    public static FileFinding filing(String sheet, int row, List<String> unknown) {
        return new FileFinding(RULE, sheet, row, Text.shownList(unknown, false), "表头中有未知的列，其内容未导入：" + Text.shownList(unknown));
    }

    /** A plain table's header with columns named {@code unknown}. */
    public static FileFinding table(String sheet, int row, List<String> unknown) {
        String names = String.join("、", unknown);
        return new FileFinding(RULE, sheet, row, names, "表头中有未知的列，其内容未读取：" + names);
    }
}
