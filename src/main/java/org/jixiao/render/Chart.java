package org.jixiao.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JasperReport;

/** A chart of a 汇总表: its template (chart-bars or chart-columns), its bars, title, value-axis label and scale. */
record Chart(JasperReport report, JRDataSource data, Map<String, Object> params) {

    /** One bar: a category (a department, a 地区, a score band, a 等级), its value and the label printed on it. */
    record Bar(String category, BigDecimal value, String label) {
    }

    /**
     * A category with a bar for last year and one for this year (issue 17); a value is null in a year the
     * category did not file: no bar, rather than a bar of zero.
     */
    record Pair(String category, BigDecimal previous, String previousLabel, BigDecimal current, String currentLabel) {

        /** Both bars as plain bars, for the scale (the years' missing bars left out). */
        List<Bar> bars() {
            List<Bar> bars = new java.util.ArrayList<>();
            if (previous != null) {
                bars.add(new Bar(category, previous, previousLabel));
            }
            if (current != null) {
                bars.add(new Bar(category, current, currentLabel));
            }
            return bars;
        }
    }

    /** One bar of a chart of two series: its category, its series (the year), its value (null: none) and label. */
    private record SeriesBar(String category, String series, BigDecimal value, String label) {
    }

    /**
     * The value axis: from 0 to {@code upper}, a tick every {@code step}, and a dashed line at
     * {@code reference} when there is one (100 on a chart of execution rates: the budget spent in full).
     * One scale for every part of a long chart, so bars on the （续） chart compare with the first.
     */
    record Scale(BigDecimal upper, BigDecimal step, BigDecimal reference) {

        /** About this many ticks on the axis: enough to read a bar against, few enough to read. */
        private static final int TICKS = 8;
        /** Room past the longest bar for the value printed at its end. */
        private static final BigDecimal HEADROOM = new BigDecimal("1.15");

        /**
         * The scale for bars up to the largest of {@code bars} (and the reference, so a line at 100%
         * is always on the chart), a round step of 1, 2 or 5 times a power of ten, whole numbers for counts.
         * Null when a bar is negative: the chart then ranges itself.
         */
        static Scale of(List<Bar> bars, BigDecimal reference, boolean wholeNumbers) {
            BigDecimal top = reference == null ? BigDecimal.ZERO : reference;
            for (Bar b : bars) {
                if (b.value().signum() < 0) {
                    return null;
                }
                top = top.max(b.value());
            }
            top = top.multiply(HEADROOM);
            BigDecimal step = top.signum() == 0 ? BigDecimal.ONE : round(top.divide(BigDecimal.valueOf(TICKS), 10, RoundingMode.UP));
            if (wholeNumbers) {
                step = step.max(BigDecimal.ONE).setScale(0, RoundingMode.UP);
            }
            BigDecimal ticks = top.divide(step, 0, RoundingMode.UP).max(BigDecimal.ONE);
            return new Scale(plain(step.multiply(ticks)), plain(step), reference);
        }

        /** 1200, not 1.2E+3 nor 1200.0000000000. */
        private static BigDecimal plain(BigDecimal x) {
            BigDecimal s = x.stripTrailingZeros();
            return s.scale() < 0 ? s.setScale(0) : s;
        }

        /** The least of 1, 2 and 5 times a power of ten that is at least {@code x} (x > 0). */
        static BigDecimal round(BigDecimal x) {
            int exponent = x.precision() - x.scale() - 1;
            BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
            for (int m : new int[] {1, 2, 5, 10}) {
                BigDecimal candidate = power.multiply(BigDecimal.valueOf(m));
                if (candidate.compareTo(x) >= 0) {
                    return candidate;
                }
            }
            throw new AssertionError(x);
        }
    }

    /**
     * A chart of two years side by side (chart-bars-years): per category last year's bar, then this year's,
     * every category with both series — so the series keep their order and colours whichever bars are missing.
     */
    static Chart ofYears(JasperReport report, String title, String valueLabel, String previousYear, String currentYear,
            List<Pair> pairs, Scale scale) {
        List<SeriesBar> bars = new java.util.ArrayList<>();
        for (Pair p : pairs) {
            bars.add(new SeriesBar(p.category(), previousYear, p.previous(), p.previous() == null ? null : p.previousLabel()));
            bars.add(new SeriesBar(p.category(), currentYear, p.current(), p.current() == null ? null : p.currentLabel()));
        }
        JRDataSource data = new Rows<>(bars, (b, name) -> switch (name) {
            case "category" -> b.category();
            case "series" -> b.series();
            case "value" -> b.value();
            case "label" -> b.label();
            default -> throw Rows.unknown(name);
        });
        return new Chart(report, data, parameters(title, valueLabel, scale));
    }

    static Chart of(JasperReport report, String title, String valueLabel, List<Bar> bars, Scale scale) {
        JRDataSource data = new Rows<>(bars, (b, name) -> switch (name) {
            case "category" -> b.category();
            case "value" -> b.value();
            case "label" -> b.label();
            default -> throw Rows.unknown(name);
        });
        return new Chart(report, data, parameters(title, valueLabel, scale));
    }

    private static Map<String, Object> parameters(String title, String valueLabel, Scale scale) {
        Map<String, Object> params = new HashMap<>(Map.of("TITLE", title, "VALUE_LABEL", valueLabel));
        if (scale != null) {
            params.put(ChartLook.AXIS_MAX, scale.upper());
            params.put(ChartLook.AXIS_STEP, scale.step());
            if (scale.reference() != null) {
                params.put(ChartLook.REFERENCE, scale.reference());
            }
        }
        return Map.copyOf(params);
    }
}
