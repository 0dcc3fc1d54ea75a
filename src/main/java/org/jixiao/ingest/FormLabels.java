package org.jixiao.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jixiao.filing.Column;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Text;

/**
 * The printed forms' label vocabulary: which label names which project column, per kind, and which
 * texts are labels at all (so a label is never mistaken for the value of the label before it).
 * Labels compare after the contract's normalisation, plus a trailing colon dropped and a bracketed
 * note allowed after the label ({@code 项目总目标(2023年-2023年)}).
 */
final class FormLabels {

    /** The 其他资金 label of the targets form: left block 其他资金, right block 年度其他资金. */
    static final String OTHER_FUNDS = "其他资金";
    private static final String SUB_ITEM = "其中";

    private static final Map<Kind, Map<String, Column>> PROJECT = new HashMap<>();
    /** Labels of blocks, tables and rows whose value is not read beside them. */
    private static final Set<String> STRUCTURE = Set.of("项目资金", "项目绩效目标", "绩效目标", "绩效指标", "年度总体目标",
            "预期目标", "实际完成情况", "总分", "合计", "年度资金总额", "当年财政拨款", "上年结转资金",
            "其他资金", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分");

    static {
        Map<String, Column> common = new HashMap<>();
        for (Column c : new Column[] {Column.年度, Column.地区, Column.主管部门, Column.实施单位, Column.项目编码,
                Column.项目名称, Column.项目性质, Column.项目类别}) {
            common.put(c.name(), c);
        }
        common.put("预算年度", Column.年度);
        common.put("主管部门名称", Column.主管部门);
        common.put("实施单位名称", Column.实施单位);

        Map<String, Column> targets = new HashMap<>(common);
        for (Column c : new Column[] {Column.计划开始日期, Column.计划完成日期, Column.项目资金总额, Column.财政资金,
                Column.年度资金申请总额, Column.当年财政拨款, Column.上年结转资金, Column.年度其他资金, Column.项目总目标,
                Column.年度总体目标}) {
            targets.put(c.name(), c);
        }
        targets.put("资金总额", Column.项目资金总额);
        targets.put("年度资金总额", Column.年度资金申请总额);
        targets.put("年度总目标", Column.年度总体目标);
        PROJECT.put(Kind.TARGETS, targets);
        PROJECT.put(Kind.SELF_EVALUATION, common);
    }

    private FormLabels() {
    }

    /**
     * Normalised label text: no whitespace, half-width, no trailing colon or {@code (元)}, and no
     * leading {@code 其中:} (the forms write it with a colon, a space or nothing); "" when blank.
     */
    static String normalise(String text) {
        String s = Text.squeeze(text);
        while (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.startsWith(SUB_ITEM) && s.length() > SUB_ITEM.length() + 1) {
            s = s.substring(s.charAt(SUB_ITEM.length()) == ':' ? SUB_ITEM.length() + 1 : SUB_ITEM.length());
        }
        if (s.endsWith("(元)")) {
            s = s.substring(0, s.length() - 3);
        }
        return s;
    }

    /** The label a normalised cell starts with, allowing a bracketed note after it; the cell itself otherwise. */
    static String stem(String normalised) {
        int bracket = normalised.indexOf('(');
        return bracket > 0 && normalised.endsWith(")") ? normalised.substring(0, bracket) : normalised;
    }

    /** The project column a form of {@code kind} fills from the value beside this label, or null. */
    static Column projectColumn(String normalised, Kind kind) {
        Map<String, Column> labels = PROJECT.get(kind);
        Column c = labels.get(normalised);
        return c != null ? c : labels.get(stem(normalised));
    }

    /** Whether a cell is a label of either form (and so never the value of another label). */
    static boolean isLabel(String text) {
        String n = normalise(text);
        if (n.isEmpty()) {
            return false;
        }
        String stem = stem(n);
        return STRUCTURE.contains(n) || STRUCTURE.contains(stem) || projectColumn(n, Kind.TARGETS) != null
                || projectColumn(n, Kind.SELF_EVALUATION) != null || HeaderNames.lookupAny(n) != null;
    }
}
