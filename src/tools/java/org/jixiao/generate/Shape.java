package org.jixiao.generate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The shape a department files in (filings.md §2): flat CSV in one of three encodings, flat XLSX, or the printed form. */
public enum Shape {
    CSV_UTF8_BOM("CSV（UTF-8，带 BOM）", "csv"),
    CSV_UTF8("CSV（UTF-8，无 BOM）", "csv"),
    CSV_GB18030("CSV（GB18030）", "csv"),
    XLSX_FLAT("平铺 XLSX", "xlsx"),
    XLSX_FORM("表单 XLSX（一个项目一张表）", "xlsx");

    private final String label;
    private final String extension;

    Shape(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    String extension() {
        return extension;
    }

    boolean isCsv() {
        return extension.equals("csv");
    }

    /** A CSV's encoding: what Excel on a Chinese Windows saves (GB18030), or UTF-8. */
    Charset charset() {
        return this == CSV_GB18030 ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
    }

    /** What the department picks: seven in ten file CSV, the rest flat or form workbooks. */
    static Shape draw(int percent) {
        if (percent < 40) {
            return CSV_UTF8_BOM;
        }
        if (percent < 55) {
            return CSV_UTF8;
        }
        if (percent < 70) {
            return CSV_GB18030;
        }
        return percent < 85 ? XLSX_FLAT : XLSX_FORM;
    }
}
