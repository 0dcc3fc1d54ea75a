package org.jixiao.generate;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.jixiao.filing.Money;
import org.jixiao.ingest.Values;

/**
 * Writes cells of a printed form into a POI sheet, row by row, applying a {@link FormVariant}'s
 * column shift, gaps and money storage. Columns are given as on the official form (A = 0).
 */
final class FormSheetBuilder {

    private final Sheet sheet;
    private final FormVariant variant;
    private final CellStyle moneyStyle;
    private final CellStyle dateStyle;
    private final CellStyle percentStyle;
    private final CellStyle textStyle;
    private int next;

    FormSheetBuilder(Workbook workbook, String name, FormVariant variant) {
        this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        this.variant = variant;
        this.moneyStyle = style(workbook, "#,##0.00");
        this.dateStyle = style(workbook, "yyyy-mm-dd");
        this.percentStyle = style(workbook, "0.00%");
        this.textStyle = workbook.createCellStyle();
        this.textStyle.setWrapText(true);
        this.textStyle.setVerticalAlignment(VerticalAlignment.CENTER);
        // widths of the printed form, so a person opening a sample sees it as printed
        int[] widths = {12, 14, 18, 26, 16, 16, 12, 12, 22};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c + variant.shift(), widths[c] * 256);
        }
    }

    private static CellStyle style(Workbook workbook, String format) {
        CellStyle s = workbook.createCellStyle();
        s.setDataFormat(workbook.createDataFormat().getFormat(format));
        return s;
    }

    FormVariant variant() {
        return variant;
    }

    /** Starts a new row and returns its index (0-based). */
    int row() {
        return next++;
    }

    /** The gap a variant puts between two blocks: a blank row, a note row, both or neither. */
    void gap(String note) {
        if (variant.blankRows()) {
            sheet.createRow(row());
        }
        if (variant.noteRows()) {
            int r = row();
            text(r, 0, note);
            merge(r, r, 0, 3);
        }
    }

    Cell cell(int r, int c) {
        Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        return row.createCell(c + variant.shift());
    }

    void text(int r, int c, String text) {
        if (text != null) {
            Cell cell = cell(r, c);
            cell.setCellValue(text);
            cell.setCellStyle(textStyle);
        }
    }

    void label(int r, int c, String printed) {
        text(r, c, variant.label(printed));
    }

    void number(int r, int c, String raw) {
        BigDecimal n = raw == null ? null : Values.number(raw);
        if (n == null) {
            text(r, c, raw);
        } else {
            cell(r, c).setCellValue(n.doubleValue());
        }
    }

    void percent(int r, int c, String raw) {
        BigDecimal n = raw == null ? null : Values.rate(raw);
        if (n == null) {
            text(r, c, raw);
        } else {
            Cell cell = cell(r, c);
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(percentStyle);
        }
    }

    void date(int r, int c, String raw) {
        LocalDate d = raw == null ? null : Values.date(raw);
        if (d == null) {
            text(r, c, raw);
        } else {
            Cell cell = cell(r, c);
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
        }
    }

    /** An amount as the variant stores it; {@code formula} (official columns) is used for {@link FormVariant.Money#FORMULA}. */
    void money(int r, int c, String raw, String formula) {
        BigDecimal n = Money.parse(raw).value();
        if (n == null) {
            text(r, c, raw);
            return;
        }
        Cell cell = cell(r, c);
        switch (variant.money()) {
            case NUMBER -> cell.setCellValue(n.doubleValue());
            case TEXT -> cell.setCellValue(new DecimalFormat("#,##0.00").format(n));
            case FORMULA -> cell.setCellFormula(formula != null ? shifted(formula) : n.toPlainString());
        }
        if (variant.money() != FormVariant.Money.TEXT) {
            cell.setCellStyle(moneyStyle);
        }
    }

    /** A formula written against official columns, moved by the variant's shift (single letters only). */
    private String shifted(String formula) {
        StringBuilder out = new StringBuilder();
        for (char ch : formula.toCharArray()) {
            out.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + variant.shift()) : ch);
        }
        return out.toString();
    }

    /** The 1-based Excel row of a 0-based row index, for formulas. */
    static int excelRow(int r) {
        return r + 1;
    }

    void merge(int r1, int r2, int c1, int c2) {
        if (r1 != r2 || c1 != c2) {
            sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1 + variant.shift(), c2 + variant.shift()));
        }
    }
}
