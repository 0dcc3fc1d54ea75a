package org.jixiao.render;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A row of a 汇总表 table: its kind (row, subtotal, total) and its cells by field name, already
 * formatted. A template asking for a cell the row does not have is an error, not a blank.
 */
final class Line {

    /** The 地区 a row of a table grouped by 地区 belongs to: printed, with 续, atop a page that opens inside it. */
    static final String REGION = "region";
    /** The 地区's name, on the first row of the 地区 only: printed above that row, in its band. */
    static final String REGION_HEADING = "regionHeading";

    private final String kind;
    private final Map<String, String> cells = new LinkedHashMap<>();

    Line(String kind) {
        this.kind = kind;
    }

    Line put(String field, Object value) {
        cells.put(field, value == null ? null : value.toString());
        return this;
    }

    String kind() {
        return kind;
    }

    Object get(String field) {
        if (field.equals("kind")) {
            return kind;
        }
        if ((field.equals(REGION) || field.equals(REGION_HEADING)) && !cells.containsKey(field)) {
            return null; // only the department rows and subtotals of a table grouped by 地区 belong to one
        }
        if (!cells.containsKey(field)) {
            throw Rows.unknown(field);
        }
        return cells.get(field);
    }

    static Rows<Line> source(java.util.List<Line> lines) {
        return new Rows<>(lines, Line::get);
    }
}
