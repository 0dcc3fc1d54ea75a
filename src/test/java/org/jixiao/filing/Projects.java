package org.jixiao.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds projects for tests: sensible defaults (a clean 申报表 or 自评表), change only what a test is about. */
public final class Projects {

    private Kind kind = Kind.TARGETS;
    private String name = "党建工作";
    private String code;
    private int year = 2025;
    private String department = "中共上海市松江区委组织部";
    private String category = "其他运转类";
    private LocalDate start = LocalDate.of(2025, 1, 1);
    private LocalDate end = LocalDate.of(2025, 12, 31);
    private TargetFunds funds = new TargetFunds(yuan("2030000"), yuan("2030000"), null, yuan("2030000"), yuan("2030000"),
            yuan("0"), yuan("0"));
    private Budget budget = new Budget(yuan("100000"), yuan("100000"), yuan("100000"));
    private BigDecimal fundWeight = new BigDecimal("10");
    private BigDecimal statedRate;
    private BigDecimal statedFundScore;
    private BigDecimal statedTotalWeight;
    private BigDecimal statedTotalScore;
    private final List<Indicator> indicators = new ArrayList<>();
    private int row = 2;

    public static Projects targets() {
        return new Projects();
    }

    /** A self-evaluation whose indicators the test adds; funds 100,000 budgeted and executed. */
    public static Projects selfEvaluation() {
        Projects p = new Projects();
        p.kind = Kind.SELF_EVALUATION;
        return p;
    }

    public static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    public Projects name(String name) {
        this.name = name;
        return this;
    }

    public Projects code(String code) {
        this.code = code;
        return this;
    }

    public Projects year(int year) {
        this.year = year;
        return this;
    }

    public Projects department(String department) {
        this.department = department;
        return this;
    }

    public Projects category(String category) {
        this.category = category;
        return this;
    }

    public Projects dates(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
        return this;
    }

    public Projects funds(TargetFunds funds) {
        this.funds = funds;
        return this;
    }

    /** 年度资金申请总额 with its three parts (null = not filed). */
    public Projects annual(String annual, String current, String carryover, String other) {
        this.funds = new TargetFunds(funds.total(), funds.fiscal(), funds.other(), amount(annual), amount(current), amount(carryover),
                amount(other));
        return this;
    }

    /** 项目资金总额 with its two parts (null = not filed). */
    public Projects total(String total, String fiscal, String other) {
        this.funds = new TargetFunds(amount(total), amount(fiscal), amount(other), funds.annual(), funds.currentAppropriation(),
                funds.carryover(), funds.annualOther());
        return this;
    }

    public Projects budget(String initial, String adjusted, String executed) {
        this.budget = new Budget(amount(initial), amount(adjusted), amount(executed));
        return this;
    }

    public Projects fundWeight(String weight) {
        this.fundWeight = amount(weight);
        return this;
    }

    public Projects stated(String rate, String fundScore, String totalWeight, String totalScore) {
        this.statedRate = amount(rate);
        this.statedFundScore = amount(fundScore);
        this.statedTotalWeight = amount(totalWeight);
        this.statedTotalScore = amount(totalScore);
        return this;
    }

    /** A 申报表 indicator row. */
    public Projects indicator(String level1, String level2, String level3, String value) {
        indicators.add(new Indicator(new SourceRef("t.csv", "", row++), level1, level2, level3, TargetValue.parse(value), null,
                null, null, null));
        return this;
    }

    /** A 自评表 indicator row. */
    public Projects scored(String level1, String level2, String level3, String target, String actual, String weight,
            String score, String reason) {
        indicators.add(new Indicator(new SourceRef("s.csv", "", row++), level1, level2, level3, TargetValue.parse(target),
                TargetValue.parse(actual), amount(weight), amount(score), reason));
        return this;
    }

    /** Standard 自评表 weights (产出 50, 效益 30, 满意度 10), all earned in full and achieved. */
    public Projects standardScores() {
        return scored("产出指标", "数量指标", "开展活动次数", "≥2次", "=3次", "20", "20", null)
                .scored("产出指标", "质量指标", "验收合格率", "≥95%", "=100%", "20", "20", null)
                .scored("产出指标", "时效指标", "完成及时性", "及时", "及时", "10", "10", null)
                .scored("效益指标", "社会效益指标", "政策知晓率", "≥90%", "=95%", "30", "30", null)
                .scored("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "=96%", "10", "10", null);
    }

    /** Standard 申报表 indicators: one quantitative 产出指标, each 一级 present. */
    public Projects standardIndicators() {
        return indicator("成本指标", "经济成本指标", "活动举办成本", "≤100000.00(元/场)")
                .indicator("产出指标", "数量指标", "开展活动数量", "≥2.00(次)")
                .indicator("效益指标", "社会效益指标", "党建工作成效", "强化")
                .indicator("满意度指标", "服务对象满意度指标", "参与满意度", "满意");
    }

    public Project build() {
        SelfEvaluation evaluation = kind == Kind.SELF_EVALUATION
                ? new SelfEvaluation(budget, Budget.NONE, Budget.NONE, Budget.NONE, fundWeight, "预期", "完成", statedRate,
                        statedFundScore, statedTotalWeight, statedTotalScore)
                : null;
        return new Project(kind, year, Departments.regionOf(department), Departments.canonical(department), department, code,
                name, "其他经常性项目", category, kind == Kind.TARGETS ? start : null, kind == Kind.TARGETS ? end : null,
                kind == Kind.TARGETS ? funds : null, evaluation, null, "年度目标", indicators, new SourceRef("t.csv", "", 2));
    }

    private static BigDecimal amount(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
