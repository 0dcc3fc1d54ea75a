package org.jixiao.findings;

/**
 * Every finding rule of the contract, with a stable id (used in the findings tables and tests), its
 * severity and a short Chinese title. Messages carry the specifics.
 */
public enum Rule {
    FILE_UNREADABLE("F01", Severity.错误, "文件无法读取"),
    FILE_EMPTY("F02", Severity.错误, "文件没有数据"),
    HEADER_UNRECOGNISED("F03", Severity.错误, "未识别的表头"),
    COLUMN_MISSING("F04", Severity.错误, "缺少必填列"),
    COLUMN_UNKNOWN("F05", Severity.问题, "未知列"),
    SHEET_UNRECOGNISED("F06", Severity.问题, "未识别的工作表"),
    ROW_TOO_WIDE("F07", Severity.错误, "行的单元格多于表头"),
    INPUT_IGNORED("F08", Severity.问题, "输入目录中的项未读取"),
    ROW_UNREADABLE("F09", Severity.错误, "行无法读取"),
    FORM_UNREADABLE("F10", Severity.错误, "表单无法读取"),
    HIDDEN_CONTENT("F11", Severity.问题, "隐藏的工作表、行或列"),
    CONTROL_CHARACTERS("F12", Severity.问题, "单元格含控制字符"),
    ENCODING_MISMATCH("F13", Severity.问题, "文件编码与其标记不符"),

    YEAR_INVALID("E01", Severity.错误, "年度缺失或无法识别"),
    DEPARTMENT_MISSING("E02", Severity.错误, "主管部门缺失"),
    NAME_MISSING("E03", Severity.错误, "项目名称缺失"),
    AMOUNT_INVALID("E04", Severity.错误, "金额缺失或无法识别"),
    SCORE_INVALID("E05", Severity.错误, "分值或得分缺失或无法识别"),
    PROJECT_CONFLICT("E06", Severity.错误, "同一项目各行信息不一致"),
    PROJECT_DUPLICATE("E07", Severity.错误, "同一项目重复报送"),
    VALUE_OUT_OF_RANGE("E08", Severity.错误, "数值或文字超出合理范围"),
    ROSTER_ROW_INVALID("E09", Severity.错误, "报送名单行无法识别"),

    INDICATOR_BLANK("W01", Severity.问题, "指标行有空白"),
    ANNUAL_FUNDS_MISMATCH("W02", Severity.问题, "年度资金申请总额与分项之和不符"),
    TOTAL_FUNDS_MISMATCH("W03", Severity.问题, "项目资金总额与分项之和不符"),
    DATES_REVERSED("W04", Severity.问题, "计划完成日期早于计划开始日期"),
    STATED_RATE_MISMATCH("W05", Severity.问题, "填报的执行率与计算值不符"),
    STATED_FUND_SCORE_MISMATCH("W06", Severity.问题, "填报的资金得分与计算值不符"),
    STATED_TOTAL_MISMATCH("W07", Severity.问题, "填报的总分或总得分与计算值不符"),
    SCORE_ABOVE_WEIGHT("W08", Severity.问题, "得分高于分值"),
    DEDUCTION_WITHOUT_REASON("W09", Severity.问题, "扣分未说明偏差原因"),
    WEIGHTS_NOT_100("W10", Severity.问题, "分值合计不等于100"),
    FULL_SCORE_TARGET_MISSED("W11", Severity.问题, "未达到指标值却得满分"),
    SCORE_INCONSISTENT("W12", Severity.问题, "得分与完成情况不符"),
    VALUE_UNREADABLE("W13", Severity.问题, "数值无法识别"),
    INDICATOR_DROPPED("W14", Severity.问题, "申报的指标未在自评中出现"),
    INDICATOR_ADDED("W15", Severity.问题, "自评的指标不在申报表中"),
    TARGET_CHANGED("W16", Severity.问题, "自评的指标值与申报的不同"),
    DEPARTMENT_UNLISTED("W17", Severity.问题, "主管部门不在报送名单中"),
    ROSTER_DUPLICATE("W18", Severity.问题, "报送名单重复"),
    DEADLINE_UNREADABLE("W19", Severity.问题, "截止日期无法识别"),

    HIERARCHY("I01", Severity.提示, "指标层级不规范"),
    PERCENT_OVER_100("I02", Severity.提示, "百分比超过100%"),
    PERCENT_ON_COUNT("I03", Severity.提示, "计数指标使用了%单位"),
    NO_UNIT("I04", Severity.提示, "定量指标值缺少单位"),
    NO_QUANTITATIVE_OUTPUT("I05", Severity.提示, "没有定量的产出指标"),
    REPEATED_INDICATOR("I06", Severity.提示, "三级指标重复"),
    RATE_OVER_100("I07", Severity.提示, "执行率超过100%"),
    LEVEL_ONE_WEIGHTS("I08", Severity.提示, "一级指标分值与标准权重不同"),
    BUDGET_NOT_AS_DECLARED("I09", Severity.提示, "年初预算数与申报的年度资金申请总额不同"),
    NO_TARGETS_ON_RECORD("I10", Severity.提示, "自评项目没有对应的申报表"),
    NOT_FILED_THIS_YEAR("I11", Severity.提示, "上年报送、本年未报");

    /**
     * What a 错误 of the rule refuses, so a report can count refused files and projects rather than
     * findings: a whole file, a sheet (or a form), rows on their own, or a project. Rules that refuse
     * nothing (问题, 提示) are {@code NONE}.
     */
    public enum Refuses { FILE, SHEET, ROWS, PROJECT, NONE }

    private final String id;
    private final Severity severity;
    private final String title;

    Rule(String id, Severity severity, String title) {
        this.id = id;
        this.severity = severity;
        this.title = title;
    }

    public Refuses refuses() {
        if (severity != Severity.错误) {
            return Refuses.NONE;
        }
        return switch (this) {
            case FILE_UNREADABLE, FILE_EMPTY, HEADER_UNRECOGNISED, COLUMN_MISSING -> Refuses.FILE;
            case FORM_UNREADABLE -> Refuses.SHEET;
            case ROW_TOO_WIDE, ROW_UNREADABLE, ROSTER_ROW_INVALID -> Refuses.ROWS;
            default -> Refuses.PROJECT;
        };
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String title() {
        return title;
    }

    public static Rule ofId(String id) {
        for (Rule r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown rule " + id);
    }
}
