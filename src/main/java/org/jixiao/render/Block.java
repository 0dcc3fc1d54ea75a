package org.jixiao.render;

import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JasperReport;

/**
 * One block of a 汇总表 (summary.jrxml): a title, a heading, a table, a sentence, or a pair of charts
 * (the second may be absent). Tables and charts are subreports with their own data.
 */
record Block(String kind, String text, JasperReport report, JRDataSource data, Map<String, Object> params,
        JasperReport report2, JRDataSource data2, Map<String, Object> params2) {

    /** Jasper adds to and removes from a subreport's parameter map: each block gets its own mutable copy. */
    Block {
        params = new java.util.HashMap<>(params);
        params2 = new java.util.HashMap<>(params2);
    }

    static Block text(String kind, String text) {
        return new Block(kind, text, null, null, Map.of(), null, null, Map.of());
    }

    static Block table(JasperReport report, List<Line> lines, Map<String, Object> params) {
        return new Block("table", null, report, Line.source(lines), params, null, null, Map.of());
    }

    /** A chart across the page (bars per department or 地区). */
    static Block chart(Chart chart) {
        return new Block("chart", null, chart.report(), chart.data(), chart.params(), null, null, Map.of());
    }

    /** Two charts side by side (the distributions of 总得分 and 等级). */
    static Block charts(Chart left, Chart right) {
        return new Block("charts", null, left.report(), left.data(), left.params(),
                right == null ? null : right.report(), right == null ? null : right.data(), right == null ? Map.of() : right.params());
    }

    /**
     * The blocks as summary.jrxml reads them, each with its section: a title or heading and what
     * follows it, or a table with no heading of its own. A section does not begin at the foot of a
     * page (the report's section group), so a heading is never left alone there, nor a table's header
     * without rows under it.
     */
    static Rows<Block> source(List<Block> blocks) {
        Map<Block, Integer> sections = new java.util.IdentityHashMap<>();
        int section = 0;
        String previous = null;
        for (Block b : blocks) {
            boolean opens = b.kind().equals("title") || b.kind().equals("heading")
                    || b.kind().equals("table") && !"heading".equals(previous) && !"title".equals(previous);
            section += opens ? 1 : 0;
            sections.put(b, section);
            previous = b.kind();
        }
        return new Rows<>(blocks, (b, name) -> switch (name) {
            case "section" -> sections.get(b);
            case "kind" -> b.kind();
            case "text" -> b.text();
            case "report" -> b.report();
            case "data" -> b.data();
            case "params" -> b.params();
            case "report2" -> b.report2();
            case "data2" -> b.data2();
            case "params2" -> b.params2();
            default -> throw Rows.unknown(name);
        });
    }
}
