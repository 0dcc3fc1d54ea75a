package org.jixiao.render;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JasperReport;

/** A chart of a 汇总表: its template (chart-bars or chart-columns), its bars, title and value-axis label. */
record Chart(JasperReport report, JRDataSource data, Map<String, Object> params) {

    /** One bar: a category (a department, a 地区, a score band, a 等级), its value and the label printed on it. */
    record Bar(String category, BigDecimal value, String label) {
    }

    static Chart of(JasperReport report, String title, String valueLabel, List<Bar> bars) {
        JRDataSource data = new Rows<>(bars, (b, name) -> switch (name) {
            case "category" -> b.category();
            case "value" -> b.value();
            case "label" -> b.label();
            default -> throw Rows.unknown(name);
        });
        return new Chart(report, data, Map.of("TITLE", title, "VALUE_LABEL", valueLabel));
    }
}
