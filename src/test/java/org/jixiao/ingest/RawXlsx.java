package org.jixiao.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an .xlsx part by part, its sheets' XML as given: legal but unusual content (a cell
 * {@code <v>1e309</v>}, a hidden sheet, a hidden row) that POI's writers would not produce.
 */
public final class RawXlsx {

    private record Sheet(String name, String state, String xml) {
    }

    private final List<Sheet> sheets = new ArrayList<>();
    private final List<String> shared = new ArrayList<>();
    private final Map<String, byte[]> replaced = new LinkedHashMap<>();

    public static RawXlsx workbook() {
        return new RawXlsx();
    }

    /** A visible sheet with these rows (cells as inline strings; a cell starting with {@code #} is written raw). */
    public RawXlsx sheet(String name, String[][] rows) {
        return sheetXml(name, null, rowsXml(rows, null));
    }

    /** A sheet in a state (hidden, veryHidden) with these rows. */
    public RawXlsx sheet(String name, String state, String[][] rows) {
        return sheetXml(name, state, rowsXml(rows, null));
    }

    /** A sheet whose {@code <sheetData>} content (and anything after it) is given as XML. */
    public RawXlsx sheetXml(String name, String state, String sheetData) {
        sheets.add(new Sheet(name, state, sheetData));
        return this;
    }

    public RawXlsx sharedStrings(String... items) {
        shared.addAll(List.of(items));
        return this;
    }

    /** Replaces a part's bytes as written (or adds a part), for damaged workbooks. */
    public RawXlsx part(String name, byte[] content) {
        replaced.put(name, content);
        return this;
    }

    /** Rows as sheet XML; rows whose 1-based number is in {@code hidden} are marked hidden. */
    public static String rowsXml(String[][] rows, java.util.Set<Integer> hidden) {
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < rows.length; r++) {
            int n = r + 1;
            s.append("<row r=\"").append(n).append('"').append(hidden != null && hidden.contains(n) ? " hidden=\"1\"" : "").append('>');
            for (int c = 0; c < rows[r].length; c++) {
                String v = rows[r][c];
                if (v == null || v.isEmpty()) {
                    continue;
                }
                String ref = letters(c) + n;
                if (v.startsWith("#")) {
                    s.append(v.substring(1).replace("@", ref));
                } else {
                    s.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(escape(v)).append("</t></is></c>");
                }
            }
            s.append("</row>");
        }
        return s.toString();
    }

    /** Spreadsheet letters of a 0-based column index: 0 → A, 26 → AA. */
    static String letters(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    static String escape(String v) {
        return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public Path write(Path file) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        StringBuilder book = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 0; i < sheets.size(); i++) {
            Sheet sh = sheets.get(i);
            int n = i + 1;
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(n)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            book.append("<sheet name=\"").append(escape(sh.name())).append("\" sheetId=\"").append(n).append('"')
                    .append(sh.state() == null ? "" : " state=\"" + sh.state() + "\"").append(" r:id=\"rId").append(n).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(n)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                    .append(n).append(".xml\"/>");
            String xml = sh.xml().contains("<sheetData") ? sh.xml() : "<sheetData>" + sh.xml() + "</sheetData>";
            parts.put("xl/worksheets/sheet" + n + ".xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + xml + "</worksheet>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (!shared.isEmpty()) {
            types.append("<Override PartName=\"/xl/sharedStrings.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
            rels.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                    + "Target=\"sharedStrings.xml\"/>");
            StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            for (String item : shared) {
                sst.append("<si><t>").append(escape(item)).append("</t></si>");
            }
            parts.put("xl/sharedStrings.xml", sst.append("</sst>").toString().getBytes(StandardCharsets.UTF_8));
        }
        parts.put("[Content_Types].xml", types.append("</Types>").toString().getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                + "Target=\"xl/workbook.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
        parts.put("xl/workbook.xml", book.append("</sheets></workbook>").toString().getBytes(StandardCharsets.UTF_8));
        parts.put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString().getBytes(StandardCharsets.UTF_8));
        parts.putAll(replaced);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }
}
