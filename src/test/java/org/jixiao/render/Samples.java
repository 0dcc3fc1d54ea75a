package org.jixiao.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Budget;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Project;
import org.jixiao.filing.ScoringPolicy;
import org.jixiao.filing.SelfEvaluation;
import org.jixiao.filing.SourceRef;
import org.jixiao.filing.TargetFunds;
import org.jixiao.filing.TargetValue;

/** Projects built in code for unit-level render tests: long texts, many rows, repeated 一级 and 二级. */
final class Samples {

    /** The end of every long sample text: if it is in the PDF, nothing was cut off. */
    static final String END = "【完】";
    static final String LONG_GOAL = text("围绕中心服务大局，加强基层党组织建设，提升党员教育管理质量；", 600);
    static final String LONG_INDICATOR = text("党建引领基层治理重点项目推进情况及成效评估", 80);

    private static final String[][] SHAPE = {{"成本指标", "经济成本指标"}, {"产出指标", "数量指标"}, {"产出指标", "质量指标"},
        {"产出指标", "时效指标"}, {"效益指标", "社会效益指标"}, {"效益指标", "可持续影响指标"}, {"满意度指标", "服务对象满意度指标"}};
    private static final String[] VALUES = {"≥95.00(%)", "=12次", "及时", "≤100000.00(元/场)", "1小时内响应，3小时内抵达现场"};

    private Samples() {
    }

    /** {@code seed} repeated to exactly {@code n} characters, the last ones {@link #END}. */
    static String text(String seed, int n) {
        StringBuilder b = new StringBuilder();
        while (b.length() < n - END.length()) {
            b.append(seed);
        }
        b.setLength(n - END.length());
        return b.append(END).toString();
    }

    /** The 一级 and 二级 of row {@code i} (0-based) of a table of {@code count} rows built by {@link #indicators}. */
    static String[] levels(int i, int count) {
        return SHAPE[i * SHAPE.length / count];
    }

    static List<Indicator> indicators(int count, String firstLevel3, boolean self) {
        List<Indicator> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] s = levels(i, count);
            String l3 = i == 0 && firstLevel3 != null ? firstLevel3 : "三级指标第" + (i + 1) + "项";
            TargetValue v = TargetValue.parse(VALUES[i % VALUES.length]);
            rows.add(self
                    ? new Indicator(new SourceRef("s.csv", null, i + 2), s[0], s[1], l3, v, v, new BigDecimal("3"),
                            new BigDecimal(i == 1 ? "2" : "3"), i == 1 ? "有进一步提升的空间" : null)
                    : new Indicator(new SourceRef("t.csv", null, i + 2), s[0], s[1], l3, v, null, null, null, null));
        }
        return rows;
    }

    static Project target(String name, int indicators, String annualGoal, String firstLevel3) {
        TargetFunds funds = new TargetFunds(new BigDecimal("2030000"), new BigDecimal("2030000"), null,
                new BigDecimal("2030000"), new BigDecimal("2030000"), BigDecimal.ZERO, BigDecimal.ZERO);
        return new Project(Kind.TARGETS, 2025, "松江区", "中共上海市松江区委组织部", "中共上海市松江区委组织部", null, name,
                "其他经常性项目", "其他运转类", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), funds, null, null,
                annualGoal, indicators(indicators, firstLevel3, false), new SourceRef("t.csv", null, 2));
    }

    static Project self(String name, int indicators, String expected, String actual) {
        SelfEvaluation s = new SelfEvaluation(new Budget(new BigDecimal("1127800"), new BigDecimal("498139.10"),
                new BigDecimal("498139.1")), new Budget(new BigDecimal("1127800"), new BigDecimal("498139.10"),
                new BigDecimal("498139.1")), new Budget(BigDecimal.ZERO, BigDecimal.ZERO, null), Budget.NONE, null, expected,
                actual, null, null, null, null);
        return new Project(Kind.SELF_EVALUATION, 2023, "松江区", "中共上海市松江区委组织部", "中共上海市松江区委组织部", null, name,
                null, null, null, null, null, s, null, null, indicators(indicators, null, true), new SourceRef("s.csv", null, 2));
    }

    static SelfForm selfForm(Project p, List<org.jixiao.findings.Finding> findings) {
        return new SelfForm(p, ScoringPolicy.national().evaluate(p), findings);
    }
}
