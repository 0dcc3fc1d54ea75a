package org.jixiao.render;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A row of a 汇总表 table: its kind (row, region, subtotal, total) and its cells by field name, already
 * formatted. A template asking for a cell the row does not have is an error, not a blank.
 */
final class Line {

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
        if (kind.equals("region") && !cells.containsKey(field)) {
            return null; // a 地区 heading has a name only; Jasper still reads every field of every row
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
