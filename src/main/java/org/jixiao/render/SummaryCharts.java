package org.jixiao.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Grade;
import org.jixiao.filing.Money;
import org.jixiao.summary.SelfEvaluationTotals;
import org.jixiao.summary.YearSummary;

/** The charts of the 汇总表: bars per project, department or 地区, and the 总得分 and 等级 distributions. */
final class SummaryCharts {

    /** Bars per chart across the page: more would squeeze the names; a long list continues in a second chart. */
    static final int BARS_PER_CHART = 15;
    /** 总得分 bands of the distribution chart: lower bound inclusive. */
    private static final int[] BANDS = {0, 60, 70, 80, 90, 95};
    private static final String[] BAND_NAMES = {"60分以下", "60–70", "70–80", "80–90", "90–95", "95–100"};

    /** An execution rate of 100%, in percent: the reference line of the rate charts. */
    private static final BigDecimal FULL_EXECUTION = BigDecimal.valueOf(100);

    private final Templates templates;

    SummaryCharts(Templates templates) {
        this.templates = templates;
    }

    static Chart.Bar funds(String name, BigDecimal yuan) {
        BigDecimal y = Money.orZero(yuan);
        return new Chart.Bar(name, Money.toWan(y), Money.formatWan(y));
    }

    static Chart.Bar rate(String name, BigDecimal rate) {
        BigDecimal percent = rate == null ? BigDecimal.ZERO : rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
        return new Chart.Bar(name, percent, Money.formatPercent(rate));
    }

    private static Chart.Bar count(String name, int n) {
        return new Chart.Bar(name, BigDecimal.valueOf(n), Integer.toString(n));
    }

    /**
     * Charts across the page, {@link #BARS_PER_CHART} bars each, the later ones titled （续）, all on the
     * scale of the longest bar.
     */
    List<Block> across(String title, String unit, List<Chart.Bar> bars) {
        return across(title, unit, bars, null);
    }

    /** Execution rates across the page, with a line at 100%: the budget spent in full. */
    List<Block> rates(String title, List<Chart.Bar> bars) {
        return across(title, "%", bars, FULL_EXECUTION);
    }

    private List<Block> across(String title, String unit, List<Chart.Bar> bars, BigDecimal reference) {
        Chart.Scale scale = Chart.Scale.of(bars, reference, false);
        List<Block> blocks = new ArrayList<>();
        for (int from = 0; from < bars.size(); from += BARS_PER_CHART) {
            List<Chart.Bar> part = bars.subList(from, Math.min(bars.size(), from + BARS_PER_CHART));
            blocks.add(Block.chart(Chart.of(templates.report("chart-bars"), from == 0 ? title : title + "（续）", unit, part, scale)));
        }
        return blocks;
    }

    /** Categories per chart of two years: two bars and two labels each, which at more than six overlap in the chart's height. */
    static final int PAIRS_PER_CHART = 6;

    /**
     * Charts of two years across the page (last year grey, this year blue), {@link #PAIRS_PER_CHART}
     * categories each, the later ones titled （续）, all on one scale; {@code reference} as in {@link #rates}.
     */
    List<Block> acrossYears(String title, String unit, int previousYear, int year, List<Chart.Pair> pairs, BigDecimal reference) {
        List<Chart.Bar> all = new ArrayList<>();
        pairs.forEach(p -> all.addAll(p.bars()));
        Chart.Scale scale = Chart.Scale.of(all, reference, false);
        List<Block> blocks = new ArrayList<>();
        for (int from = 0; from < pairs.size(); from += PAIRS_PER_CHART) {
            List<Chart.Pair> part = pairs.subList(from, Math.min(pairs.size(), from + PAIRS_PER_CHART));
            blocks.add(Block.chart(Chart.ofYears(templates.report("chart-bars-years"), from == 0 ? title : title + "（续）", unit,
                    previousYear + "年度", year + "年度", part, scale)));
        }
        return blocks;
    }

    /** An execution rate of 100%, for the reference line of a chart of two years' rates. */
    static BigDecimal fullExecution() {
        return FULL_EXECUTION;
    }

    /** The distributions of 总得分 (in bands) and of 等级, side by side. */
    Block distributions(List<YearSummary.SelfLine> lines, SelfEvaluationTotals totals) {
        int[] counts = new int[BANDS.length];
        for (YearSummary.SelfLine l : lines) {
            BigDecimal score = l.evaluation().totalScore();
            int band = 0;
            while (band + 1 < BANDS.length && score.compareTo(BigDecimal.valueOf(BANDS[band + 1])) >= 0) {
                band++;
            }
            counts[band]++;
        }
        List<Chart.Bar> scores = new ArrayList<>();
        for (int i = 0; i < BANDS.length; i++) {
            scores.add(count(BAND_NAMES[i], counts[i]));
        }
        List<Chart.Bar> grades = new ArrayList<>();
        for (Grade g : Grade.values()) {
            grades.add(count(g.name(), totals.grade(g)));
        }
        // both count the same projects: one scale, so the two charts read side by side
        Chart.Scale scale = Chart.Scale.of(concat(scores, grades), null, true);
        return Block.charts(Chart.of(templates.report("chart-columns"), "总得分分布（项目数）", "项目数", scores, scale),
                Chart.of(templates.report("chart-columns"), "等级分布（项目数）", "项目数", grades, scale));
    }

    private static List<Chart.Bar> concat(List<Chart.Bar> a, List<Chart.Bar> b) {
        List<Chart.Bar> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
