package org.jixiao.findings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jixiao.filing.Money;
import org.jixiao.filing.SourceRef;
import org.jixiao.filing.Text;

/**
 * W13 数值无法识别 (问题): an optional amount, date or number that cannot be read is treated as absent
 * and said; the project is kept. (A required one is E01, E04 or E05.)
 */
public final class W13ValueUnreadable {

    private W13ValueUnreadable() {
    }

    /** An optional amount: {@code raw} as filed, {@code read} as the contract reads money. */
    public static Optional<Finding> amount(String column, String raw, Money.Parsed read, SourceRef where) {
        return read.unreadable() ? said(column, raw, "金额", where) : Optional.empty();
    }

    /** An optional date, {@code read} null when none could be. */
    public static Optional<Finding> date(String column, String raw, LocalDate read, SourceRef where) {
        return read == null && !Text.isAbsent(raw) ? said(column, raw, "日期", where) : Optional.empty();
    }

    /** An optional number (a score, a rate), {@code read} null when none could be. */
    public static Optional<Finding> number(String column, String raw, BigDecimal read, SourceRef where) {
        return read == null && !Text.isAbsent(raw) ? said(column, raw, "数值", where) : Optional.empty();
    }

    private static Optional<Finding> said(String column, String raw, String what, SourceRef where) {
        return Optional.of(Finding.at(Rule.VALUE_UNREADABLE, where, column, "「" + column + "」「" + Text.shown(raw) + "」不是有效的" + what
                + "，按未填写处理"));
    }
}
