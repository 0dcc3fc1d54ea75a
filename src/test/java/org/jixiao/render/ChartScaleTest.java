package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import org.junit.jupiter.api.Test;

/** The value axis of the 汇总表 charts: round ranges, a few round ticks, one scale for a chart and its （续）. */
class ChartScaleTest {

    @Test
    void roundsUpToOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(Chart.Scale.round(new BigDecimal("14.375"))).isEqualByComparingTo("20");
        assertThat(Chart.Scale.round(new BigDecimal("379.7"))).isEqualByComparingTo("500");
        assertThat(Chart.Scale.round(new BigDecimal("100"))).isEqualByComparingTo("100");
        assertThat(Chart.Scale.round(new BigDecimal("0.0863"))).isEqualByComparingTo("0.1");
        assertThat(Chart.Scale.round(new BigDecimal("1.2"))).isEqualByComparingTo("2");
    }

    @Test
    void ratesRunPastTheLineAtOneHundredPercentWithRoomForTheirLabels() {
        Chart.Scale all100 = Chart.Scale.of(bars("100.00"), BigDecimal.valueOf(100), false);
        assertThat(all100.upper()).isEqualByComparingTo("120");
        assertThat(all100.step()).isEqualByComparingTo("20");
        assertThat(all100.reference()).isEqualByComparingTo("100");
        // under 100% everywhere: still 0–100% and beyond, so 95% does not look like a full bar
        assertThat(Chart.Scale.of(bars("62.10", "95.00"), BigDecimal.valueOf(100), false).upper()).isEqualByComparingTo("120");
        // overspent: the longest bar and its label still fit
        Chart.Scale over = Chart.Scale.of(bars("96.00", "131.40"), BigDecimal.valueOf(100), false);
        assertThat(over.upper()).isGreaterThanOrEqualTo(new BigDecimal("131.40").multiply(new BigDecimal("1.15")));
        assertThat(over.upper().remainder(over.step())).isZero();
    }

    @Test
    void fundsGetAFewRoundTicks() {
        Chart.Scale wan = Chart.Scale.of(bars("2641.30", "135.00"), null, false);
        assertThat(wan.step()).isEqualByComparingTo("500");
        assertThat(wan.upper()).isEqualByComparingTo("3500");
        assertThat(wan.reference()).isNull();
        Chart.Scale small = Chart.Scale.of(bars("3.25"), null, false);
        assertThat(small.step()).isEqualByComparingTo("0.5");
        assertThat(small.upper()).isEqualByComparingTo("4");
    }

    @Test
    void countsTickInWholeProjects() {
        Chart.Scale six = Chart.Scale.of(bars("6", "0", "0"), null, true);
        assertThat(six.step()).isEqualByComparingTo("1");
        assertThat(six.upper()).isEqualByComparingTo("7");
        Chart.Scale one = Chart.Scale.of(bars("1", "0"), null, true);
        assertThat(one.step()).isEqualByComparingTo("1");
        assertThat(one.upper()).isEqualByComparingTo("2");
        Chart.Scale none = Chart.Scale.of(bars("0", "0"), null, true);
        assertThat(none.upper()).isEqualByComparingTo("1");
    }

    @Test
    void aNegativeBarLeavesTheChartToRangeItself() {
        assertThat(Chart.Scale.of(bars("12.00", "-3.00"), null, false)).isNull();
    }

    @Test
    void aLongChartAndItsContinuationShareOneScale() {
        SummaryCharts charts = new SummaryCharts(Templates.standard(DefaultJasperReportsContext.getInstance(), null));
        List<Chart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < SummaryCharts.BARS_PER_CHART + 3; i++) {
            // the longest bar is on the （续） chart
            bars.add(new Chart.Bar("部门" + i, BigDecimal.valueOf(i < SummaryCharts.BARS_PER_CHART ? 10 : 900), ""));
        }
        List<Block> blocks = charts.across("各主管部门年度资金申请总额（万元）", "万元", bars);
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(1).params().get("TITLE")).isEqualTo("各主管部门年度资金申请总额（万元）（续）");
        for (Block b : blocks) {
            assertThat(b.params()).containsEntry(ChartLook.AXIS_MAX, new BigDecimal("1200")).containsEntry(ChartLook.AXIS_STEP, new BigDecimal("200"))
                    .doesNotContainKey(ChartLook.REFERENCE);
        }
        assertThat(charts.rates("各主管部门执行率（%）", bars.subList(0, 2)).get(0).params())
                .containsEntry(ChartLook.REFERENCE, BigDecimal.valueOf(100));
    }

    private static List<Chart.Bar> bars(String... values) {
        List<Chart.Bar> bars = new ArrayList<>();
        for (String v : values) {
            bars.add(new Chart.Bar("x", new BigDecimal(v), v));
        }
        return bars;
    }
}
