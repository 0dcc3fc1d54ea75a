package org.jixiao.summary;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.filing.IndicatorCounts;
import org.jixiao.filing.Money;
import org.jixiao.filing.Project;
import org.jixiao.filing.ProjectFacts;
import org.jixiao.filing.ScoringPolicy;
import org.jixiao.filing.TargetFunds;

/**
 * Totals of 申报表 projects at one level (a department, a 地区, everything): 项目数, Σ年度资金申请总额 and its
 * split by source and by 项目类别, projects of 1000万元 or more, indicators by 一级指标 and the quantitative
 * share. Amounts stay exact in 元; 万元 is derived at the edge.
 */
public final class TargetTotals {

    /** One 项目类别's count and amount. */
    public record CategoryTotal(int projects, BigDecimal amount) {
        CategoryTotal plus(BigDecimal a) {
            return new CategoryTotal(projects + 1, amount.add(a));
        }
    }

    private int projects;
    private int large;
    private BigDecimal annual = BigDecimal.ZERO;
    private BigDecimal currentAppropriation = BigDecimal.ZERO;
    private BigDecimal carryover = BigDecimal.ZERO;
    private BigDecimal other = BigDecimal.ZERO;
    private final Map<String, CategoryTotal> byCategory = new TreeMap<>();
    private final Map<String, Integer> indicatorsByLevelOne = new TreeMap<>();
    private int indicators;
    private int quantitative;

    public void add(Project p) {
        add(ProjectFacts.of(p, null));
    }

    public void add(ProjectFacts p) {
        TargetFunds f = p.funds();
        projects++;
        large += f.isLarge() ? 1 : 0;
        annual = annual.add(Money.orZero(f.annual()));
        currentAppropriation = currentAppropriation.add(Money.orZero(f.currentAppropriation()));
        carryover = carryover.add(Money.orZero(f.carryover()));
        other = other.add(Money.orZero(f.annualOther()));
        String category = p.category() == null ? "（未填）" : p.category();
        byCategory.merge(category, new CategoryTotal(1, Money.orZero(f.annual())),
                (a, b) -> a.plus(Money.orZero(f.annual())));
        IndicatorCounts c = p.indicators();
        indicators += c.total();
        quantitative += c.quantitative();
        for (String levelOne : IndicatorCounts.LEVEL_ONE) {
            if (c.of(levelOne) > 0) {
                indicatorsByLevelOne.merge(levelOne, c.of(levelOne), Integer::sum);
            }
        }
        if (c.other() > 0) {
            indicatorsByLevelOne.merge("（其他）", c.other(), Integer::sum);
        }
    }

    public int projects() {
        return projects;
    }

    /** Projects with 年度资金申请总额 ≥ 1000万元. */
    public int large() {
        return large;
    }

    public BigDecimal annual() {
        return annual;
    }

    public BigDecimal annualWan() {
        return Money.toWan(annual);
    }

    public BigDecimal currentAppropriation() {
        return currentAppropriation;
    }

    public BigDecimal carryover() {
        return carryover;
    }

    public BigDecimal other() {
        return other;
    }

    public Map<String, CategoryTotal> byCategory() {
        return byCategory;
    }

    public Map<String, Integer> indicatorsByLevelOne() {
        return indicatorsByLevelOne;
    }

    public int indicatorsOf(String levelOne) {
        return indicatorsByLevelOne.getOrDefault(levelOne, 0);
    }

    public int indicators() {
        return indicators;
    }

    public int quantitative() {
        return quantitative;
    }

    /** Quantitative indicators as a share of all (0..1), null when there are none. */
    public BigDecimal quantitativeShare() {
        return ScoringPolicy.divide(new BigDecimal(quantitative), new BigDecimal(indicators));
    }
}
