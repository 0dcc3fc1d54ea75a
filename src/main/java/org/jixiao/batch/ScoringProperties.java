package org.jixiao.batch;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.filing.ScoringPolicy;

/**
 * {@code jixiao.scoring.*} (a part of {@link Settings}): the scoring rules as configuration, defaulting to
 * the national practice. For example {@code --jixiao.scoring.excellent=85} or
 * {@code --jixiao.scoring.tolerance=0.2}. Every value is a number not below 0.
 */
public record ScoringProperties(
        BigDecimal fundWeight,
        BigDecimal rateCap,
        BigDecimal excellent,
        BigDecimal good,
        BigDecimal pass,
        Map<String, BigDecimal> levelOneWeights,
        BigDecimal tolerance,
        BigDecimal achievedFloor,
        BigDecimal partialFloor) {

    public ScoringProperties {
        for (BigDecimal value : new BigDecimal[] {fundWeight, rateCap, excellent, good, pass, tolerance, achievedFloor, partialFloor}) {
            notNegative(value);
        }
        if (levelOneWeights != null) {
            levelOneWeights.values().forEach(ScoringProperties::notNegative);
        }
    }

    private static void notNegative(BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
    }

    public ScoringPolicy toPolicy() {
        ScoringPolicy d = ScoringPolicy.national();
        Map<String, BigDecimal> weights = levelOneWeights == null || levelOneWeights.isEmpty()
                ? d.levelOneWeights() : new LinkedHashMap<>(levelOneWeights);
        return new ScoringPolicy(or(fundWeight, d.fundWeight()), or(rateCap, d.rateCap()), or(excellent, d.excellent()),
                or(good, d.good()), or(pass, d.pass()), weights, or(tolerance, d.tolerance()), or(achievedFloor, d.achievedFloor()),
                or(partialFloor, d.partialFloor()));
    }

    private static BigDecimal or(BigDecimal value, BigDecimal fallback) {
        return value != null ? value : fallback;
    }
}
