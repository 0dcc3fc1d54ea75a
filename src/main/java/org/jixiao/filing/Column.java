package org.jixiao.filing;

import static org.jixiao.filing.Column.Level.INDICATOR;
import static org.jixiao.filing.Column.Level.PROJECT;
import static org.jixiao.filing.Column.Type.DATE;
import static org.jixiao.filing.Column.Type.MONEY;
import static org.jixiao.filing.Column.Type.NUMBER;
import static org.jixiao.filing.Column.Type.TEXT;
import static org.jixiao.filing.Column.Type.YEAR;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every column of the contract's flat shapes (filings.md §2), with its canonical header, the kinds
 * it belongs to, whether the header must be present, its value type and whether it describes the
 * project (repeated on each of its rows) or one indicator row.
 */
public enum Column {
    年度(YEAR, PROJECT, Use.BOTH_REQUIRED),
    地区(TEXT, PROJECT, Use.BOTH),
    主管部门(TEXT, PROJECT, Use.BOTH_REQUIRED),
    实施单位(TEXT, PROJECT, Use.BOTH),
    项目编码(TEXT, PROJECT, Use.BOTH),
    项目名称(TEXT, PROJECT, Use.BOTH_REQUIRED),
    项目性质(TEXT, PROJECT, Use.BOTH),
    项目类别(TEXT, PROJECT, Use.BOTH),
    计划开始日期(DATE, PROJECT, Use.TARGETS),
    计划完成日期(DATE, PROJECT, Use.TARGETS),
    项目资金总额(MONEY, PROJECT, Use.TARGETS),
    财政资金(MONEY, PROJECT, Use.TARGETS),
    其他资金(MONEY, PROJECT, Use.TARGETS),
    年度资金申请总额(MONEY, PROJECT, Use.TARGETS_REQUIRED),
    当年财政拨款(MONEY, PROJECT, Use.TARGETS),
    上年结转资金(MONEY, PROJECT, Use.TARGETS),
    年度其他资金(MONEY, PROJECT, Use.TARGETS),
    项目总目标(TEXT, PROJECT, Use.TARGETS),
    年度总体目标(TEXT, PROJECT, Use.TARGETS),

    年初预算数(MONEY, PROJECT, Use.SELF),
    全年预算数(MONEY, PROJECT, Use.SELF_REQUIRED),
    全年执行数(MONEY, PROJECT, Use.SELF_REQUIRED),
    当年财政拨款年初预算数(MONEY, PROJECT, Use.SELF),
    当年财政拨款全年预算数(MONEY, PROJECT, Use.SELF),
    当年财政拨款全年执行数(MONEY, PROJECT, Use.SELF),
    上年结转资金年初预算数(MONEY, PROJECT, Use.SELF),
    上年结转资金全年预算数(MONEY, PROJECT, Use.SELF),
    上年结转资金全年执行数(MONEY, PROJECT, Use.SELF),
    其他资金年初预算数(MONEY, PROJECT, Use.SELF),
    其他资金全年预算数(MONEY, PROJECT, Use.SELF),
    其他资金全年执行数(MONEY, PROJECT, Use.SELF),
    资金分值(NUMBER, PROJECT, Use.SELF),
    执行率(NUMBER, PROJECT, Use.SELF),
    资金得分(NUMBER, PROJECT, Use.SELF),
    预期目标(TEXT, PROJECT, Use.SELF),
    实际完成情况(TEXT, PROJECT, Use.SELF),
    总分(NUMBER, PROJECT, Use.SELF),
    总得分(NUMBER, PROJECT, Use.SELF),

    一级指标(TEXT, INDICATOR, Use.BOTH_REQUIRED),
    二级指标(TEXT, INDICATOR, Use.BOTH_REQUIRED),
    三级指标(TEXT, INDICATOR, Use.BOTH_REQUIRED),
    指标值(TEXT, INDICATOR, Use.TARGETS_REQUIRED),
    年度指标值(TEXT, INDICATOR, Use.SELF_REQUIRED),
    实际完成值(TEXT, INDICATOR, Use.SELF_REQUIRED),
    分值(NUMBER, INDICATOR, Use.SELF_REQUIRED),
    得分(NUMBER, INDICATOR, Use.SELF_REQUIRED),
    偏差原因分析及改进措施(TEXT, INDICATOR, Use.SELF);

    /** How a cell's text is read. */
    public enum Type { TEXT, YEAR, DATE, MONEY, NUMBER }

    /** Whether a column describes the project (repeated on its rows) or one indicator row. */
    public enum Level { PROJECT, INDICATOR }

    private enum Use {
        BOTH(EnumSet.allOf(Kind.class), EnumSet.noneOf(Kind.class)),
        BOTH_REQUIRED(EnumSet.allOf(Kind.class), EnumSet.allOf(Kind.class)),
        TARGETS(EnumSet.of(Kind.TARGETS), EnumSet.noneOf(Kind.class)),
        TARGETS_REQUIRED(EnumSet.of(Kind.TARGETS), EnumSet.of(Kind.TARGETS)),
        SELF(EnumSet.of(Kind.SELF_EVALUATION), EnumSet.noneOf(Kind.class)),
        SELF_REQUIRED(EnumSet.of(Kind.SELF_EVALUATION), EnumSet.of(Kind.SELF_EVALUATION));

        final Set<Kind> kinds;
        final Set<Kind> required;

        Use(Set<Kind> kinds, Set<Kind> required) {
            this.kinds = kinds;
            this.required = required;
        }
    }

    private final Type type;
    private final Level level;
    private final Use use;

    Column(Type type, Level level, Use use) {
        this.type = type;
        this.level = level;
        this.use = use;
    }

    public Type type() {
        return type;
    }

    public Level level() {
        return level;
    }

    public boolean belongsTo(Kind kind) {
        return use.kinds.contains(kind);
    }

    public boolean isRequiredFor(Kind kind) {
        return use.required.contains(kind);
    }

    /** Columns only one kind has: they tell the kind of a header row. */
    public boolean isSpecificTo(Kind kind) {
        return use.kinds.size() == 1 && use.kinds.contains(kind);
    }
}
