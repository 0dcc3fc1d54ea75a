package org.jixiao.template;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Column;
import org.jixiao.filing.Kind;

/**
 * The columns of a fill-in template: exactly the contract's flat columns for the kind, in the
 * contract's order, each with the header a clerk sees (money headers say 元, so nobody fills 万元),
 * how its cells are formatted, and the help shown on the header and in 填写说明.
 */
final class TemplateColumns {

    /** How a column's cells are formatted and checked. */
    enum Format { TEXT, LONG_TEXT, YEAR, DATE, MONEY, RATE, SCORE }

    /** One column of the template. */
    record Entry(Column column, String header, Format format, boolean required, String help, String example) {
    }

    /** 项目类别 seen in the filings; other values are accepted. */
    static final List<String> CATEGORIES = List.of("其他运转类", "特定目标类", "其他人员类", "经常性项目");
    /** 项目性质 seen in the filings; other values are accepted. */
    static final List<String> NATURES = List.of("其他经常性项目", "经常性专项业务费", "其他一次性项目");

    private TemplateColumns() {
    }

    static List<Entry> of(Kind kind) {
        List<Entry> entries = new ArrayList<>();
        for (Column c : Column.values()) {
            if (c.belongsTo(kind)) {
                entries.add(entry(c, kind));
            }
        }
        return entries;
    }

    private static Entry entry(Column c, Kind kind) {
        Format format = switch (c.type()) {
            case YEAR -> Format.YEAR;
            case DATE -> Format.DATE;
            case MONEY -> Format.MONEY;
            case NUMBER -> c == Column.执行率 ? Format.RATE : Format.SCORE;
            case TEXT -> c == Column.项目总目标 || c == Column.年度总体目标 || c == Column.预期目标 || c == Column.实际完成情况
                    || c == Column.偏差原因分析及改进措施 ? Format.LONG_TEXT : Format.TEXT;
        };
        String header = format == Format.MONEY ? c.name() + "（元）" : c.name();
        return new Entry(c, header, format, c.isRequiredFor(kind), help(c), example(c));
    }

    private static String help(Column c) {
        return switch (c) {
            case 年度 -> "预算年度，四位数字";
            case 地区 -> "可不填：按主管部门推断（如 …上海市松江区… → 松江区；无区县为 市级）";
            case 主管部门 -> "主管部门全称";
            case 实施单位 -> "不填则同主管部门";
            case 项目编码 -> "有编码时按编码识别项目";
            case 项目性质 -> "可从下拉列表选择，也可填写其他";
            case 项目类别 -> "可从下拉列表选择，也可填写其他";
            case 计划开始日期, 计划完成日期 -> "日期，如 2025-01-01";
            case 项目资金总额 -> "元；= 财政资金 + 其他资金";
            case 年度资金申请总额 -> "元；= 当年财政拨款 + 上年结转资金 + 年度其他资金";
            case 年度其他资金 -> "元；年度资金申请总额中的其他资金";
            case 年初预算数, 全年预算数, 全年执行数 -> "元；年度资金总额行";
            case 资金分值 -> "预算执行率的分值，不填按 10 分";
            case 执行率 -> "可不填，由系统计算（全年执行数/全年预算数）";
            case 资金得分 -> "可不填，由系统计算";
            case 一级指标 -> "从下拉列表选择";
            case 二级指标 -> "先选一级指标，再从下拉列表选择其下的二级指标";
            case 三级指标 -> "每行一个三级指标";
            case 指标值, 年度指标值 -> "运算符+数值+单位，如 ≥95(%)、=12(次)；或定性描述，如 及时";
            case 实际完成值 -> "与指标值同样写法";
            case 分值, 得分 -> "数字";
            case 偏差原因分析及改进措施 -> "得分低于分值时必须填写";
            case 总分, 总得分 -> "可不填，由系统计算并核对";
            default -> c.type() == Column.Type.MONEY ? "元" : "";
        };
    }

    private static String example(Column c) {
        return switch (c) {
            case 年度 -> "2025";
            case 主管部门 -> "中共上海市松江区委组织部";
            case 项目名称 -> "业务培训";
            case 计划开始日期 -> "2025-01-01";
            case 计划完成日期 -> "2025-12-31";
            case 年度资金申请总额, 当年财政拨款 -> "2,840,530.00";
            case 一级指标 -> "产出指标";
            case 二级指标 -> "数量指标";
            case 三级指标 -> "开展干部培训班次";
            case 指标值, 年度指标值, 实际完成值 -> "≥12(次)";
            case 分值, 得分 -> "5";
            default -> "";
        };
    }
}
