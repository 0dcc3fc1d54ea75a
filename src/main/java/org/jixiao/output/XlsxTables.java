package org.jixiao.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jixiao.filing.Table;
import org.jixiao.filing.TableColumn;

/**
 * Writes {@link Table}s as sheets of one .xlsx (SpreadsheetML, written directly: a night rewrites a year's
 * tables whenever one of its departments changed, and POI's workbook model cost a changed night more in
 * loading and compiling its classes than in writing): numbers as numbers with 元/万元/% formats, a bold
 * frozen header row with a filter, and text that could run as a formula stored as quote-prefixed text.
 * Set up for a clerk to read and print: each column as wide as its content ({@link ColumnWidths}, capped,
 * longer text wrapped), A4 landscape fitted to the page's width, the header row printed again on every
 * page. A sheet's rows go to a scratch file while its column widths are measured, so a long table is
 * streamed, never held. The same tables and date give the same bytes.
 */
public final class XlsxTables {

    /**
     * How the workbooks are written: part of the fingerprint of every file made with this class, so that a
     * workbook an earlier jixiao wrote differently (with POI, before this) is written again, as a fresh run writes it.
     */
    public static final String FORMAT = "spreadsheetml-1";

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /** Cell formats (cellXfs) by index, as styles.xml lists them. */
    private static final int HEADER = 1;
    private static final int TEXT = 2;
    private static final int QUOTED = 3;
    private static final Map<TableColumn.Type, Integer> NUMBER = new EnumMap<>(Map.of(TableColumn.Type.MONEY, 4,
            TableColumn.Type.WAN, 4, TableColumn.Type.PERCENT, 5, TableColumn.Type.SCORE, 6, TableColumn.Type.INTEGER, 7));

    private XlsxTables() {
    }

    /**
     * @param documentDate the creation date stored in the workbook: the run date, so that the same
     *                     input and run date give byte-identical files
     */
    public static OutputFolder.Written write(OutputFolder folder, Path target, List<Table> tables, LocalDate documentDate)
            throws IOException {
        return folder.write(target, out -> {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            LocalDateTime stamp = documentDate.atStartOfDay();
            List<String> names = new ArrayList<>();
            List<String> filters = new ArrayList<>();
            for (Table t : tables) {
                names.add(sheetName(t.name()));
            }
            entry(zip, stamp, "[Content_Types].xml", contentTypes(tables.size()));
            entry(zip, stamp, "_rels/.rels", XML + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + PACKAGE_RELATIONSHIPS + "/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                    + "<Relationship Id=\"rId3\" Type=\"" + RELATIONSHIPS + "/extended-properties\" Target=\"docProps/app.xml\"/>"
                    + "</Relationships>");
            entry(zip, stamp, "docProps/core.xml", XML + "<cp:coreProperties"
                    + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                    + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                    + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:creator>jixiao</dc:creator>"
                    + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + documentDate + "T00:00:00Z</dcterms:created></cp:coreProperties>");
            entry(zip, stamp, "docProps/app.xml", XML + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "extended-properties\"><Application>jixiao</Application></Properties>");
            entry(zip, stamp, "xl/styles.xml", STYLES);
            for (int i = 0; i < tables.size(); i++) {
                filters.add(sheet(zip, stamp, i + 1, tables.get(i)));
            }
            entry(zip, stamp, "xl/workbook.xml", workbook(names, filters));
            entry(zip, stamp, "xl/_rels/workbook.xml.rels", workbookRelationships(tables.size()));
            zip.finish();
        });
    }

    private static String contentTypes(int sheets) {
        StringBuilder b = new StringBuilder(XML).append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.")
                .append("sheet.main+xml\"/>")
                .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.")
                .append("styles+xml\"/>");
        for (int i = 1; i <= sheets; i++) {
            b.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return b.append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.")
                .append("core-properties+xml\"/>")
                .append("<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.")
                .append("extended-properties+xml\"/></Types>").toString();
    }

    /** The sheets; each one's filter and printed titles (the header row) as the names Excel gives them. */
    private static String workbook(List<String> names, List<String> filters) {
        StringBuilder b = new StringBuilder(XML).append("<workbook xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(RELATIONSHIPS)
                .append("\"><bookViews><workbookView/></bookViews><sheets>");
        for (int i = 0; i < names.size(); i++) {
            b.append("<sheet name=\"").append(escaped(names.get(i))).append("\" sheetId=\"").append(i + 1).append("\" r:id=\"rId")
                    .append(i + 1).append("\"/>");
        }
        b.append("</sheets><definedNames>");
        for (int i = 0; i < names.size(); i++) {
            String sheet = "'" + names.get(i).replace("'", "''") + "'!";
            if (filters.get(i) != null) {
                b.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(i).append("\" hidden=\"1\">")
                        .append(escaped(sheet + filters.get(i))).append("</definedName>");
            }
            b.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(i).append("\">").append(escaped(sheet + "$1:$1"))
                    .append("</definedName>");
        }
        return b.append("</definedNames></workbook>").toString();
    }

    private static String workbookRelationships(int sheets) {
        StringBuilder b = new StringBuilder(XML).append("<Relationships xmlns=\"").append(PACKAGE_RELATIONSHIPS).append("\">");
        for (int i = 1; i <= sheets; i++) {
            b.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(RELATIONSHIPS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        return b.append("<Relationship Id=\"rId").append(sheets + 1).append("\" Type=\"").append(RELATIONSHIPS)
                .append("/styles\" Target=\"styles.xml\"/></Relationships>").toString();
    }

    /**
     * Fonts: the default and bold. Cell formats: 0 default, 1 header (bold, wrapped), 2 text (wrapped, top),
     * 3 text quote-prefixed, then the numbers: 4 #,##0.00 (元 and 万元), 5 0.00%, 6 0.## (scores), 7 0.
     */
    private static final String STYLES = XML + "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.##\"/></numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"8\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
            + "<alignment wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
            + "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" quotePrefix=\"1\" applyAlignment=\"1\">"
            + "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"10\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";

    /** Writes sheet {@code n}; returns its filter's range ($A$1:$D$301), or null for a sheet of no columns. */
    private static String sheet(ZipOutputStream zip, LocalDateTime stamp, int n, Table table) throws IOException {
        int columns = table.columns().size();
        ColumnWidths widths = new ColumnWidths(table.columns());
        Path rows = Files.createTempFile("jixiao-sheet", ".xml");
        int[] count = {1};
        try {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(rows), StandardCharsets.UTF_8), 1 << 16)) {
                StringBuilder b = new StringBuilder(256);
                b.append("<row r=\"1\">");
                for (int i = 0; i < columns; i++) {
                    text(b, i, 1, table.columns().get(i).header(), HEADER);
                }
                w.append(b.append("</row>"));
                IOException[] failed = {null};
                table.rows().forEach(values -> {
                    int r = ++count[0];
                    b.setLength(0);
                    b.append("<row r=\"").append(r).append("\">");
                    for (int i = 0; i < values.length; i++) {
                        cell(b, i, r, table.columns().get(i).type(), values[i]);
                        widths.add(i, values[i]);
                    }
                    b.append("</row>");
                    try {
                        w.append(b);
                    } catch (IOException e) {
                        failed[0] = failed[0] == null ? e : failed[0];
                    }
                });
                if (failed[0] != null) {
                    throw failed[0];
                }
            }
            String last = columns == 0 ? "A1" : column(columns - 1) + count[0];
            zip.putNextEntry(entry("xl/worksheets/sheet" + n + ".xml", stamp));
            StringBuilder head = new StringBuilder(XML).append("<worksheet xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(RELATIONSHIPS)
                    .append("\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension ref=\"A1:").append(last).append("\"/>")
                    .append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\"")
                    .append(" state=\"frozen\"/><selection pane=\"bottomLeft\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
            if (columns > 0) {
                head.append("<cols>");
                for (int i = 0; i < columns; i++) {
                    head.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"")
                            .append(BigDecimal.valueOf(widths.width(i)).divide(BigDecimal.valueOf(256)).toPlainString())
                            .append("\" customWidth=\"1\"/>");
                }
                head.append("</cols>");
            }
            zip.write(head.append("<sheetData>").toString().getBytes(StandardCharsets.UTF_8));
            Files.copy(rows, zip);
            StringBuilder tail = new StringBuilder("</sheetData>");
            if (columns > 0) {
                tail.append("<autoFilter ref=\"A1:").append(last).append("\"/>");
            }
            tail.append("<printOptions horizontalCentered=\"1\"/>")
                    .append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
                    .append("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>");
            zip.write(tail.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } finally {
            Files.deleteIfExists(rows);
        }
        return columns == 0 ? null : "$A$1:$" + column(columns - 1) + "$" + count[0];
    }

    private static void cell(StringBuilder b, int i, int row, TableColumn.Type type, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal n) {
            number(b, i, row, n.doubleValue(), NUMBER.get(type));
        } else if (value instanceof Number n) {
            number(b, i, row, n.doubleValue(), NUMBER.get(TableColumn.Type.INTEGER));
        } else {
            String s = value.toString();
            text(b, i, row, s, Cells.looksLikeFormula(s) ? QUOTED : TEXT);
        }
    }

    private static void number(StringBuilder b, int i, int row, double value, Integer style) {
        b.append("<c r=\"").append(column(i)).append(row).append("\" s=\"").append(style == null ? 0 : style).append("\"><v>")
                .append(Double.toString(value)).append("</v></c>");
    }

    private static void text(StringBuilder b, int i, int row, String s, int style) {
        b.append("<c r=\"").append(column(i)).append(row).append("\" s=\"").append(style).append("\" t=\"inlineStr\"><is><t");
        if (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)))) {
            b.append(" xml:space=\"preserve\"");
        }
        b.append('>');
        escape(b, s);
        b.append("</t></is></c>");
    }

    /** A column's letters: 0 → A, 25 → Z, 26 → AA. */
    static String column(int i) {
        StringBuilder s = new StringBuilder();
        for (int n = i + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    private static String escaped(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        escape(b, s);
        return b.toString();
    }

    /**
     * Text as XML character data: markup characters as entities; a character XML cannot carry (a control
     * character) and an underscore that would read as one of SpreadsheetML's {@code _xHHHH_} escapes, as such an escape.
     */
    private static void escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\t', '\n', '\r' -> b.append(c);
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c) && !pairedSurrogate(s, i)
                            || c == '_' && looksEscaped(s, i)) {
                        b.append("_x").append(String.format(java.util.Locale.ROOT, "%04X", (int) c)).append('_');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
    }

    private static boolean pairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** Whether {@code _xHHHH_} starts at {@code i}. */
    private static boolean looksEscaped(String s, int i) {
        if (i + 6 >= s.length() || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static void entry(ZipOutputStream zip, LocalDateTime stamp, String name, String xml) throws IOException {
        zip.putNextEntry(entry(name, stamp));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static ZipEntry entry(String name, LocalDateTime stamp) {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(stamp);
        return e;
    }

    /** Excel allows 31 characters and no []:*?/\\ in a sheet name. */
    static String sheetName(String name) {
        String s = name.replaceAll("[\\[\\]:*?/\\\\]", "_");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
