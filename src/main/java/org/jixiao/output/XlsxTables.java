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
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jixiao.filing.Table;
import org.jixiao.filing.TableColumn;

/**
 * Writes {@link Table}s as sheets of one .xlsx, streaming (SXSSF keeps 200 rows in memory): numbers as
 * numbers with 元/万元/% formats, a bold frozen header row with a filter, and text that could run as a
 * formula stored as quote-prefixed text. Set up for a clerk to read and print: each column as wide as
 * its content ({@link ColumnWidths}, capped, longer text wrapped), A4 landscape fitted to the page's
 * width, the header row printed again on every page.
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
        int columns = table.columns().size();
        ColumnWidths widths = new ColumnWidths(table.columns());
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns; i++) {
            var cell = header.createCell(i);
            cell.setCellValue(table.columns().get(i).header());
            cell.setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, 1);
        int[] r = {1};
        table.rows().forEach(values -> {
            Row row = sheet.createRow(r[0]++);
            for (int i = 0; i < values.length; i++) {
                cell(row, i, table.columns().get(i).type(), values[i], styles);
                widths.add(i, values[i]);
            }
        });
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, widths.width(i));
        }
        if (columns > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r[0] - 1), 0, columns - 1));
        }
        printSetup(sheet);
    }

    /** A4 landscape, as wide as the page, as many pages long as it takes, the header row on each. */
    private static void printSetup(SXSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setHorizontallyCenter(true);
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
            // a text longer than its column's cap wraps within the column instead of running under the next
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            quoted = wb.createCellStyle();
            quoted.cloneStyleFrom(text);
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
