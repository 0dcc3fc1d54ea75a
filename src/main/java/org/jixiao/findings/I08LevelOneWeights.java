package org.jixiao.findings;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Money;
import org.jixiao.filing.Project;
import org.jixiao.filing.ScoringPolicy;
import org.jixiao.filing.Text;

/**
 * I08 一级指标分值与标准权重不同 (提示): a 自评表 whose weights per 一级指标 (资金分值 as 预算执行率) are not the
 * policy's (national practice: 预算执行率 10, 产出 50, 效益 30, 满意度 10).
 */
final class I08LevelOneWeights {

    private I08LevelOneWeights() {
    }

    static List<Finding> check(Project p, ScoringPolicy policy) {
        Map<String, BigDecimal> byLevelOne = new LinkedHashMap<>();
        BigDecimal fundWeight = p.evaluation().fundWeight() != null ? p.evaluation().fundWeight() : policy.fundWeight();
        byLevelOne.put("预算执行率", fundWeight);
        for (Indicator i : p.indicators()) {
            String key = Text.isBlank(i.level1()) ? "（空）" : Text.squeeze(i.level1());
            byLevelOne.merge(key, Money.orZero(i.weight()), BigDecimal::add);
        }
        boolean standard = byLevelOne.size() == policy.levelOneWeights().size();
        for (Map.Entry<String, BigDecimal> w : policy.levelOneWeights().entrySet()) {
            BigDecimal actual = byLevelOne.get(w.getKey());
            standard &= actual != null && actual.compareTo(w.getValue()) == 0;
        }
        if (standard) {
            return List.of();
        }
        return List.of(Finding.at(Rule.LEVEL_ONE_WEIGHTS, p.source(), "分值",
                "一级指标分值为 " + describe(byLevelOne) + "，标准权重为 " + describe(policy.levelOneWeights())));
    }

    private static String describe(Map<String, BigDecimal> weights) {
        StringBuilder s = new StringBuilder();
        weights.forEach((k, v) -> s.append(s.length() > 0 ? "、" : "").append(k).append(' ').append(Money.formatScore(v)));
        return s.toString();
    }
}
