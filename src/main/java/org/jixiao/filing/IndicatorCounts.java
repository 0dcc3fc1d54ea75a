package org.jixiao.filing;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the 汇总表 count of a project's indicators: how many, how many quantitative, how many under each
 * standard 一级指标 (and under none of them), and how many lost points and how many points in all.
 * Computed once when a project is checked and stored with it, so summaries need not rebuild projects.
 */
public record IndicatorCounts(int total, int quantitative, int cost, int output, int benefit, int satisfaction, int other,
        int deductions, BigDecimal deducted) {

    public static final List<String> LEVEL_ONE = List.of("成本指标", "产出指标", "效益指标", "满意度指标");

    public static IndicatorCounts of(List<Indicator> indicators) {
        int quantitative = 0;
        int[] byLevelOne = new int[LEVEL_ONE.size() + 1];
        int deductions = 0;
        BigDecimal deducted = BigDecimal.ZERO;
        for (Indicator i : indicators) {
            quantitative += i.target().isQuantitative() ? 1 : 0;
            int k = LEVEL_ONE.indexOf(Text.squeeze(i.level1()));
            byLevelOne[k < 0 ? LEVEL_ONE.size() : k]++;
            if (i.deduction().signum() > 0) {
                deductions++;
                deducted = deducted.add(i.deduction());
            }
        }
        return new IndicatorCounts(indicators.size(), quantitative, byLevelOne[0], byLevelOne[1], byLevelOne[2], byLevelOne[3],
                byLevelOne[4], deductions, deducted);
    }

    /** Count under a standard 一级指标 name, or under none of them for any other name. */
    public int of(String levelOne) {
        return switch (levelOne) {
            case "成本指标" -> cost;
            case "产出指标" -> output;
            case "效益指标" -> benefit;
            case "满意度指标" -> satisfaction;
            default -> other;
        };
    }
}
