package org.jixiao.findings;

import java.time.LocalDate;
import java.util.Objects;
import org.jixiao.filing.Kind;
import org.jixiao.filing.SourceRef;

/**
 * W18 报送名单重复 (问题): a department listed twice for a 年度 and kind keeps its first row; and an input
 * folder with both 名单.xlsx and 名单.csv is read from the first.
 */
public final class W18RosterDuplicate {

    private static final Rule RULE = Rule.ROSTER_DUPLICATE;

    private W18RosterDuplicate() {
    }

    /** Two rosters in the folder: {@code used} is read, {@code other} not. */
    public static Finding twoFiles(String used, String other) {
        return new Finding(RULE, other, "", 0, "", null, null, "输入目录中同时有 " + used + " 和 " + other + "，只读取了 " + used
                + "；请删除不用的一个");
    }

    /**
     * A row listing again a department's {@code kind} of {@code year}, first listed on {@code firstRow};
     * each row's 截止日期 (null when none) is named when they differ.
     */
    public static Finding row(SourceRef where, int year, String department, Kind kind, int firstRow, LocalDate firstDeadline,
            LocalDate deadline) {
        String deadlines = Objects.equals(firstDeadline, deadline) ? ""
                : "（两行的截止日期不同：" + date(firstDeadline) + " 与 " + date(deadline) + "，按前一行）";
        return new Finding(RULE, where.file(), where.sheet(), where.row(), "主管部门", department, null,
                year + "年度 " + department + " 的" + kind.label() + "已在第" + firstRow + "行列出，本行重复，未使用" + deadlines);
    }

    private static String date(LocalDate d) {
        return d == null ? "未填" : d.toString();
    }
}
