package org.jixiao.findings;

import java.util.Optional;
import java.util.Set;
import org.jixiao.filing.Kind;
import org.jixiao.filing.SourceRef;

/**
 * E09 报送名单行无法识别 (错误): a row of the 报送名单 without a readable 年度, a 主管部门 or a known 应报类型
 * is not used — jixiao does not guess whom the bureau is waiting for. The row alone is refused; the
 * rest of the roster is used.
 */
public final class E09RosterRowInvalid {

    private static final Rule RULE = Rule.ROSTER_ROW_INVALID;

    private E09RosterRowInvalid() {
    }

    /**
     * @param filed      the 年度 as filed, null when blank
     * @param read       the year read from it, null when none could be
     * @param department the row's 主管部门 as the findings name it, null when blank
     */
    public static Optional<Finding> year(String filed, Integer read, String department, SourceRef where) {
        return read != null ? Optional.empty() : refused(where, "年度", department, filed == null ? "年度为空"
                : "年度「" + filed + "」无法识别（应为 2025 或 2025年度）");
    }

    /** @param filed the 主管部门 as filed, null when blank */
    public static Optional<Finding> department(String filed, SourceRef where) {
        return filed != null ? Optional.empty() : refused(where, "主管部门", null, "主管部门为空");
    }

    /**
     * @param filed the 应报类型 as filed, null when blank
     * @param read  the kinds read from it, null when it names none jixiao knows
     */
    public static Optional<Finding> kinds(String filed, Set<Kind> read, String department, SourceRef where) {
        return read != null ? Optional.empty() : refused(where, "应报类型", department, (filed == null ? "应报类型为空"
                : "应报类型「" + filed + "」无法识别") + "（应填 绩效目标、绩效自评，或两者用顿号连接：绩效目标、绩效自评）");
    }

    private static Optional<Finding> refused(SourceRef s, String column, String department, String why) {
        return Optional.of(new Finding(RULE, s.file(), s.sheet(), s.row(), column, department, null, why + "，名单第" + s.row() + "行未使用"));
    }
}
