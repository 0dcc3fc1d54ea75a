package org.jixiao.findings;

import java.util.Optional;
import org.jixiao.filing.Money;
import org.jixiao.filing.SourceRef;
import org.jixiao.filing.Text;

/**
 * E04 金额缺失或无法识别 (错误): a required amount — 年度资金申请总额 of a 申报表, 全年预算数 and 全年执行数 of
 * a 自评表 — that is blank or no amount rejects the project: jixiao never guesses money. Planted by
 * the generator as {@code Defect.UNREADABLE_AMOUNT} and {@code Defect.UNREADABLE_SPENDING}.
 */
public final class E04AmountInvalid {

    private E04AmountInvalid() {
    }

    /**
     * @param column the amount's column
     * @param raw    the cell as filed
     * @param read   the amount read from it
     */
    public static Optional<Finding> check(String column, String raw, Money.Parsed read, SourceRef where) {
        if (read.value() != null) {
            return Optional.empty();
        }
        return Optional.of(Finding.at(Rule.AMOUNT_INVALID, where, column, read.absent() ? "「" + column + "」为空，项目未导入"
                : "「" + column + "」「" + Text.shown(raw) + "」不是金额（应为 2,840,530.00 这样的元数），项目未导入"));
    }
}
