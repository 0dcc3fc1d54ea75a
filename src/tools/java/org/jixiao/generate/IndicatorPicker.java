package org.jixiao.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Chooses a project's 三级指标 the way the seeds' filers do: a few under each 二级, in the form's order
 * (成本, 产出, 效益, 满意度), never the same one twice, and at least one countable 数量指标 so that every
 * project has a quantitative output. A 申报表 has about 17 rows, a 自评表 about 12 (it has no 成本指标).
 */
final class IndicatorPicker {

    /** A chosen indicator and the 指标值 drawn for it. */
    record Picked(Vocabulary.IndicatorTemplate template, ValueSpec.Drawn target) {
    }

    /** 二级 → {fewest, most} rows a 申报表 has under it. */
    private static final Object[][] TARGETS = {
        {"经济成本指标", 0, 2}, {"社会成本指标", 0, 0}, {"生态环境成本指标", 0, 0},
        {"数量指标", 3, 5}, {"质量指标", 2, 4}, {"时效指标", 2, 3},
        {"经济效益指标", 0, 1}, {"社会效益指标", 2, 3}, {"生态效益指标", 0, 0}, {"可持续影响指标", 1, 2},
        {"服务对象满意度指标", 1, 2}};
    private static final Object[][] SELF = {
        {"数量指标", 3, 4}, {"质量指标", 2, 3}, {"时效指标", 1, 2},
        {"社会效益指标", 1, 2}, {"可持续影响指标", 1, 1}, {"服务对象满意度指标", 1, 2}};

    private final Vocabulary words;
    private final Random random;

    IndicatorPicker(Vocabulary words, Random random) {
        this.words = words;
        this.random = random;
    }

    List<Picked> forTargets() {
        return pick(TARGETS, 10);
    }

    List<Picked> forSelfEvaluation() {
        return pick(SELF, 0);
    }

    /** @param rarePercent the chance of one row under a 二级 the plan gives none (社会成本, 生态效益 …) */
    private List<Picked> pick(Object[][] plan, int rarePercent) {
        List<Picked> picked = new ArrayList<>();
        for (Object[] level : plan) {
            String level2 = (String) level[0];
            int low = (Integer) level[1];
            int high = (Integer) level[2];
            int count = high == 0 ? (random.nextInt(100) < rarePercent ? 1 : 0) : low + random.nextInt(high - low + 1);
            List<Vocabulary.IndicatorTemplate> pool = new ArrayList<>(words.indicators(level2));
            if (level2.equals("数量指标")) {
                pool.sort((a, b) -> Boolean.compare(!a.value().isPattern(), !b.value().isPattern()));
                picked.add(draw(pool.remove(random.nextInt(countable(pool)))));
                count--;
            }
            for (int k = 0; k < count && !pool.isEmpty(); k++) {
                picked.add(draw(pool.remove(random.nextInt(pool.size()))));
            }
        }
        return picked;
    }

    /** How many of a pool sorted patterns-first have a number in their 指标值. */
    private static int countable(List<Vocabulary.IndicatorTemplate> pool) {
        int n = 0;
        while (n < pool.size() && pool.get(n).value().isPattern()) {
            n++;
        }
        if (n == 0) {
            throw new IllegalStateException("词表的数量指标中没有带数值的指标值");
        }
        return n;
    }

    private Picked draw(Vocabulary.IndicatorTemplate t) {
        return new Picked(t, t.value().draw(random));
    }
}
