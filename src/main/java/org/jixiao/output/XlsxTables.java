package org.jixiao.output;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes {@link Table}s as sheets of one .xlsx, streaming (SXSSF keeps 200 rows in memory): numbers as
 * numbers with 元/万元/% formats, a bold frozen header row, and text that could run as a formula stored
 * as quote-prefixed text.
 */
public final class XlsxTables {

    private static final int WINDOW = 200;

    private XlsxTables() {
    }

    /**
     * @param documentDate the creation date stored in the workbook: the run date, so that the same
     *                     input and run date give byte-identical files
     */
    public static OutputFolder.Written write(OutputFolder folder, Path target, List<Table> tables, LocalDate documentDate)
            throws IOException {
        return folder.write(target, out -> {
            SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
            try {
                var properties = wb.getXSSFWorkbook().getProperties().getCoreProperties();
                properties.setCreated(Optional.of(Date.from(documentDate.atStartOfDay(ZoneOffset.UTC).toInstant())));
                properties.setCreator("jixiao");
                Styles styles = new Styles(wb);
                for (Table t : tables) {
                    sheet(wb, styles, t);
                }
                wb.write(out);
            } finally {
                wb.close();
            }
        });
    }

    private static void sheet(SXSSFWorkbook wb, Styles styles, Table table) {
        SXSSFSheet sheet = wb.createSheet(sheetName(table.name()));
        Row header = sheet.createRow(0);
        for (int i = 0; i < table.columns().size(); i++) {
            var cell = header.createCell(i);
            cell.setCellValue(table.columns().get(i).header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, width(table.columns().get(i)));
        }
        sheet.createFreezePane(0, 1);
        int[] r = {1};
        table.rows().forEach(values -> {
            Row row = sheet.createRow(r[0]++);
            for (int i = 0; i < values.length; i++) {
                cell(row, i, table.columns().get(i).type(), values[i], styles);
            }
        });
    }

    private static void cell(Row row, int i, TableColumn.Type type, Object value, Styles styles) {
        if (value == null) {
            return;
        }
        var cell = row.createCell(i);
        if (value instanceof BigDecimal n) {
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(styles.number.get(type));
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(styles.number.get(TableColumn.Type.INTEGER));
        } else {
            String s = value.toString();
            cell.setCellValue(s);
            // an explicit style on every cell: without one, POI looks up the column's default style per cell
            cell.setCellStyle(Cells.looksLikeFormula(s) ? styles.quoted : styles.text);
        }
    }

    private static int width(TableColumn c) {
        int chars = c.type() == TableColumn.Type.TEXT ? Math.max(c.header().length() * 2 + 2, 16) : Math.max(c.header().length() * 2 + 2, 14);
        return Math.min(chars, 60) * 256;
    }

    /** Excel allows 31 characters and no []:*?/\ in a sheet name. */
    static String sheetName(String name) {
        String s = name.replaceAll("[\\[\\]:*?/\\\\]", "_");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }

    /** The workbook's shared cell styles. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle quoted;
        final Map<TableColumn.Type, CellStyle> number = new EnumMap<>(TableColumn.Type.class);

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            text = wb.createCellStyle();
            quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);
            var formats = wb.createDataFormat();
            number.put(TableColumn.Type.MONEY, style(wb, formats.getFormat("#,##0.00")));
            number.put(TableColumn.Type.WAN, style(wb, formats.getFormat("#,##0.00")));
            number.put(TableColumn.Type.PERCENT, style(wb, formats.getFormat("0.00%")));
            number.put(TableColumn.Type.SCORE, style(wb, formats.getFormat("0.##")));
            number.put(TableColumn.Type.INTEGER, style(wb, formats.getFormat("0")));
        }

        private static CellStyle style(SXSSFWorkbook wb, short format) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(format);
            return s;
        }
    }
}
