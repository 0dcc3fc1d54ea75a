package org.jixiao.findings;

import java.util.Optional;
import org.jixiao.filing.SourceRef;
import org.jixiao.filing.Text;

/**
 * E01 年度缺失或无法识别 (错误): a project without a 年度 jixiao can read ({@code 2025}, {@code 2025年度},
 * {@code (2025年度)}) is rejected: it cannot be filed under any year's summary.
 */
public final class E01YearInvalid {

    private E01YearInvalid() {
    }

    /**
     * @param filed the 年度 as filed, null when blank
     * @param read  the year read from it, null when it could not be read
     * @param where where the 年度 was filed (the project's first row when blank)
     */
    public static Optional<Finding> check(String filed, Integer read, SourceRef where) {
        if (read != null) {
            return Optional.empty();
        }
        return Optional.of(Finding.at(Rule.YEAR_INVALID, where, "年度", filed == null ? "年度为空，项目未导入"
                : "年度「" + Text.shown(filed) + "」无法识别（应为 2025 或 2025年度），项目未导入"));
    }
}
