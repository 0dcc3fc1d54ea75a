package org.jixiao.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jixiao.filing.Column;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Money;
import org.jixiao.ingest.RawRow;
import org.jixiao.ingest.Values;

/**
 * Writes a filing as a flat XLSX sheet the way a department fills one in Excel: amounts, years and
 * scores as numbers, dates as dates, rates as percentages, everything else as text (so {@code =12次}
 * stays text). Anything that does not read as its type stays the text it was filed as.
 */
final class FlatXlsxFiling {

    private static final int WINDOW = 100;

    private FlatXlsxFiling() {
    }

    static void write(Path target, Kind kind, Style style, List<List<RawRow>> projects) throws IOException {
        List<Column> columns = FlatColumns.of(kind, style);
        SXSSFWorkbook workbook = Workbooks.create(WINDOW);
        Formats formats = new Formats(workbook);
        Sheet sheet = workbook.createSheet(kind.label());
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(FlatColumns.header(columns.get(i), style));
        }
        int r = 1;
        for (List<RawRow> project : projects) {
            for (RawRow filed : project) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < columns.size(); i++) {
                    String value = filed.get(columns.get(i));
                    if (value != null) {
                        cell(row.createCell(i), columns.get(i), value, formats);
                    }
                }
            }
        }
        Workbooks.write(workbook, target);
    }

    private static void cell(Cell cell, Column column, String value, Formats formats) {
        switch (column.type()) {
            case MONEY -> {
                BigDecimal n = Money.parse(value).value();
                number(cell, n, value, formats.money);
            }
            case YEAR -> {
                Integer year = Values.year(value);
                number(cell, year == null ? null : BigDecimal.valueOf(year), value, null);
            }
            case NUMBER -> number(cell, Values.number(value), value, value.endsWith("%") ? formats.percent : null);
            case DATE -> {
                LocalDate d = Values.date(value);
                if (d == null) {
                    cell.setCellValue(value);
                } else {
                    cell.setCellValue(d);
                    cell.setCellStyle(formats.date);
                }
            }
            case TEXT -> cell.setCellValue(value);
        }
    }

    private static void number(Cell cell, BigDecimal n, String value, CellStyle style) {
        if (n == null) {
            cell.setCellValue(value);
            return;
        }
        cell.setCellValue(n.doubleValue());
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** The workbook's number formats, created once: a workbook holds at most 64,000 styles. */
    private static final class Formats {
        final CellStyle money;
        final CellStyle percent;
        final CellStyle date;

        Formats(SXSSFWorkbook workbook) {
            money = style(workbook, "#,##0.00");
            percent = style(workbook, "0.00%");
            date = style(workbook, "yyyy-mm-dd");
        }

        private static CellStyle style(SXSSFWorkbook workbook, String format) {
            CellStyle s = workbook.createCellStyle();
            s.setDataFormat(workbook.createDataFormat().getFormat(format));
            return s;
        }
    }
}
