package org.jixiao.findings;

import java.time.LocalDate;
import java.util.Optional;
import org.jixiao.filing.SourceRef;

/**
 * W19 截止日期无法识别 (问题): a roster row whose 截止日期 cannot be read is kept without one: its
 * department is tracked, never judged late.
 */
public final class W19DeadlineUnreadable {

    private W19DeadlineUnreadable() {
    }

    /**
     * @param filed      the 截止日期 as filed, null when blank (no deadline, nothing to say)
     * @param read       the date read from it, null when none could be
     * @param department the row's 主管部门 as the findings name it
     */
    public static Optional<Finding> check(String filed, LocalDate read, String department, SourceRef where) {
        if (filed == null || read != null) {
            return Optional.empty();
        }
        return Optional.of(new Finding(Rule.DEADLINE_UNREADABLE, where.file(), where.sheet(), where.row(), "截止日期", department, null,
                "截止日期「" + filed + "」无法识别（应为 2025-03-31 这样的日期），本行按未定截止日期处理，不判断是否逾期"));
    }
}
