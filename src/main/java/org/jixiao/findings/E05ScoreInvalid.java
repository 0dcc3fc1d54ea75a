package org.jixiao.findings;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.filing.SourceRef;
import org.jixiao.filing.Text;

/**
 * E05 分值或得分缺失或无法识别 (错误): an indicator's 分值 or 得分 that is blank or no number rejects its
 * 自评 project, and so does any score written as a percentage (100%): points are asked for, and
 * reading 100% as 1 point would misgrade the project. The optional 资金分值, 资金得分, 总分 and 总得分
 * are refused only when written as a percentage (unreadable, they are W13).
 */
public final class E05ScoreInvalid {

    private static final Rule RULE = Rule.SCORE_INVALID;

    private E05ScoreInvalid() {
    }

    /**
     * An indicator's 分值 or 得分.
     *
     * @param raw    the cell as filed, null when blank
     * @param read   the number read from it, null when none could be
     * @param level3 the indicator's 三级指标, to name it
     */
    public static Optional<Finding> indicator(String column, String raw, BigDecimal read, String level3, SourceRef where) {
        if (raw == null) {
            return Optional.of(Finding.at(RULE, where, column, "「" + column + "」为空（三级指标「" + Text.shown(level3) + "」），项目未导入"));
        }
        if (percent(raw)) {
            return Optional.of(Finding.at(RULE, where, column, percentScore(column, raw)));
        }
        return read != null ? Optional.empty()
                : Optional.of(Finding.at(RULE, where, column, "「" + column + "」「" + Text.shown(raw) + "」不是数字，项目未导入"));
    }

    /** A project's 资金分值, 资金得分, 总分 or 总得分 ({@code raw} null when blank): refused when a percentage. */
    public static Optional<Finding> project(String column, String raw, SourceRef where) {
        return percent(raw) ? Optional.of(Finding.at(RULE, where, column, percentScore(column, raw))) : Optional.empty();
    }

    private static boolean percent(String raw) {
        return raw != null && Text.squeeze(raw).endsWith("%");
    }

    private static String percentScore(String column, String raw) {
        return "「" + column + "」「" + Text.shown(raw) + "」是百分数，而" + column + "应填分数（如 9.5），项目未导入；"
                + "请按百分制填写分数，不要写成百分比";
    }
}
