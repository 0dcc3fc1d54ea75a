package org.jixiao.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jixiao.filing.Indicator;
import org.jixiao.findings.Finding;
import org.jixiao.findings.Rule;
import org.jixiao.findings.Severity;

/**
 * The 问题 findings of one 自评表, numbered ※1, ※2 … in the order they appear on the form: a finding on
 * the funds (执行率, 资金得分) beside the 年度资金总额 row, one on an indicator beside its row (matched by
 * its source sheet and row), one on the totals beside the 总分 row; the rest are only listed. The
 * list under the form gives each mark its rule and message. 错误 never reaches a printed form (the
 * project was rejected) and 提示 is advice, so neither is marked.
 */
final class Marks {

    private static final Set<Rule> FUNDS = Set.of(Rule.STATED_RATE_MISMATCH, Rule.STATED_FUND_SCORE_MISMATCH);
    private static final Set<Rule> TOTAL = Set.of(Rule.STATED_TOTAL_MISMATCH, Rule.WEIGHTS_NOT_100);

    private final List<String> lines = new ArrayList<>();
    private String funds;
    private String total;
    private final Map<Indicator, String> rows = new IdentityHashMap<>();

    private Marks() {
    }

    static Marks of(List<Indicator> indicators, List<Finding> findings) {
        List<Finding> funds = new ArrayList<>();
        List<Finding> total = new ArrayList<>();
        List<Finding> rest = new ArrayList<>();
        Map<Indicator, List<Finding>> byRow = new LinkedHashMap<>();
        indicators.forEach(i -> byRow.put(i, new ArrayList<>()));
        for (Finding f : findings) {
            if (f.severity() != Severity.问题) {
                continue;
            }
            if (FUNDS.contains(f.rule())) {
                funds.add(f);
            } else if (TOTAL.contains(f.rule())) {
                total.add(f);
            } else {
                Indicator at = indicatorAt(indicators, f);
                (at == null ? rest : byRow.get(at)).add(f);
            }
        }
        Marks m = new Marks();
        m.funds = m.number(funds);
        byRow.forEach((i, fs) -> {
            String mark = m.number(fs);
            if (mark != null) {
                m.rows.put(i, mark);
            }
        });
        m.total = m.number(total);
        m.number(rest);
        return m;
    }

    private static Indicator indicatorAt(List<Indicator> indicators, Finding f) {
        for (Indicator i : indicators) {
            if (i.source() != null && i.source().row() == f.row() && Objects.equals(blank(i.source().sheet()), blank(f.sheet()))) {
                return i;
            }
        }
        return null;
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** Numbers the findings, adds their lines, returns the mark to print beside the row (※2 or ※2,3). */
    private String number(List<Finding> findings) {
        if (findings.isEmpty()) {
            return null;
        }
        StringBuilder mark = new StringBuilder("※");
        for (Finding f : findings) {
            int n = lines.size() + 1;
            mark.append(mark.length() > 1 ? "," : "").append(n);
            String where = f.row() > 0 ? "（第" + f.row() + "行" + (f.column() == null ? "" : "「" + f.column() + "」") + "）" : "";
            lines.add("※" + n + " " + f.rule().title() + where + "：" + f.message());
        }
        return mark.toString();
    }

    String funds() {
        return funds;
    }

    String total() {
        return total;
    }

    String row(Indicator i) {
        return rows.get(i);
    }

    /** The explanation printed under the form, or null when nothing is marked. */
    String explanation() {
        if (lines.isEmpty()) {
            return null;
        }
        return "审核发现的问题（系统自动检查标注，非填报内容）：\n" + String.join("\n", lines);
    }
}
