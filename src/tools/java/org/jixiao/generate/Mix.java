package org.jixiao.generate;

import java.util.Locale;

/**
 * Which shapes a generated city files in: all three as departments do, or flat CSV only — the shape
 * issue 7's import bar (≥ 100,000 rows/s) is stated for. The same seed gives the same departments and
 * projects either way; only the files' shape differs.
 */
public enum Mix {
    ALL, CSV;

    /** The shape a department files in under this mix: workbooks become CSV, in UTF-8 with and without BOM. */
    Shape apply(Shape shape) {
        if (this == ALL || shape.isCsv()) {
            return shape;
        }
        return shape == Shape.XLSX_FLAT ? Shape.CSV_UTF8_BOM : Shape.CSV_UTF8;
    }

    /** {@code all} or {@code csv}; null when it is neither. */
    public static Mix parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
