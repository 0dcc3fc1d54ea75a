package org.jixiao.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jixiao.filing.Sha256;
import org.jixiao.roster.StatusTable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * What a night publishes, as a fresh run on the same input folder must publish it (issue 14): every
 * published file by its SHA-256, and manifest.json without its {@code run} section (what the night did to
 * get there). What reports history by design is left out, and nothing else: the dates in the 报送情况 table
 * — a filing's first-received and last-changed dates, and 逾期报送, which is judged by the first-received
 * date ({@link StatusTable#HISTORY}) — in its CSV and in its sheet of the 汇总数据 workbook (with the widths of
 * their columns there, which follow what they hold); the 报送情况表 PDFs published on their own
 * ({@code 报送情况表-<年度>[-<地区>].pdf}), which print those dates — left out whole, their pages counted: what
 * fills them is compared cell by cell through the table, and the books bind an edition of them without
 * history, compared byte for byte; and so the SHA-256 and size the manifest gives those files. Every other
 * cell, and every other part of the workbook, are compared byte for byte.
 */
public final class Publication {

    private static final Pattern SHEET = Pattern.compile("<sheet name=\"([^\"]*)\"");
    private static final Pattern CELL = Pattern.compile("<c r=\"([A-Z]+)(\\d+)\"[^>]*?(?:/>|>(.*?)</c>)", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<t[^>]*>([^<]*)</t>");
    private static final Pattern COLUMN = Pattern.compile("<col min=\"(\\d+)\" max=\"(\\d+)\"[^>]*/>");

    private Publication() {
    }

    /** Every published file (relative path → SHA-256, history left out); manifest.json as its JSON text without {@code run}. */
    public static Map<String, String> of(Path output) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Set<String> withHistory = new HashSet<>();
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String rel = output.relativize(f).toString();
                if (rel.startsWith(".jixiao") || rel.equals("manifest.json")) {
                    continue;
                }
                String name = f.getFileName().toString();
                String normalised = name.equals(StatusTable.NAME + ".csv") ? csv(f)
                        : name.endsWith(".xlsx") ? xlsx(f) : isStatusPdf(name) ? "history: " + STATUS_PDF : null;
                if (normalised != null) {
                    withHistory.add(rel);
                }
                files.put(rel, normalised != null ? normalised : Sha256.of(f));
            }
        }
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode manifest = (ObjectNode) json.readTree(output.resolve("manifest.json").toFile());
        manifest.remove("run");
        for (JsonNode o : manifest.path("outputs")) {
            if (withHistory.contains(o.path("path").asString())) {
                ((ObjectNode) o).remove(List.of("sha256", "bytes"));
            }
        }
        files.put("manifest.json", json.writeValueAsString(manifest));
        return files;
    }

    /** The 报送情况表 published on its own: {@code 报送情况表-2025.pdf}, {@code 报送情况表-2025-松江区.pdf}. */
    private static final String STATUS_PDF = "报送情况表";

    static boolean isStatusPdf(String fileName) {
        return fileName.startsWith(STATUS_PDF + "-") && fileName.endsWith(".pdf");
    }

    /** The 报送情况 CSV's cells with the history left out, hashed. */
    private static String csv(Path f) throws IOException {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        try (var it = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build().readerFor(List.class)
                .readValues(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            while (it.hasNext()) {
                List<String> row = new ArrayList<>();
                ((List<?>) it.next()).forEach(c -> row.add(String.valueOf(c)));
                rows.add(row);
            }
        }
        List<String> header = rows.isEmpty() ? List.of() : rows.get(0);
        Sha256 sha = new Sha256().add("csv");
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                sha.add(r > 0 && c < header.size() && StatusTable.isHistory(header.get(c), row.get(c)) ? "" : row.get(c));
            }
            sha.add("\n");
        }
        return sha.hex();
    }

    /** A workbook: null when it has no 报送情况 sheet (its bytes are compared); else its parts hashed, that sheet's history left out. */
    private static String xlsx(Path f) throws IOException {
        Map<String, byte[]> parts = new TreeMap<>();
        // read by the central directory: the local headers of a streamed workbook give no sizes
        try (ZipFile zip = new ZipFile(f.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    parts.put(e.getName(), in.readAllBytes());
                }
            }
        }
        byte[] workbook = parts.get("xl/workbook.xml");
        if (workbook == null) {
            return null;
        }
        Matcher m = SHEET.matcher(new String(workbook, StandardCharsets.UTF_8));
        int index = 0;
        String status = null;
        while (m.find()) {
            index++;
            if (m.group(1).equals(StatusTable.NAME)) {
                // jixiao's workbooks (SXSSF) store the n-th sheet as sheet<n>.xml
                status = "xl/worksheets/sheet" + index + ".xml";
            }
        }
        if (status == null || !parts.containsKey(status)) {
            return null;
        }
        Sha256 sha = new Sha256().add("xlsx");
        for (Map.Entry<String, byte[]> p : parts.entrySet()) {
            sha.add(p.getKey()).add(p.getKey().equals(status) ? withoutHistory(new String(p.getValue(), StandardCharsets.UTF_8))
                    : bytes(p.getValue()));
        }
        return sha.hex();
    }

    /**
     * The 报送情况 sheet's XML without the cells that report history (a blank cell is no cell at all), and
     * without the widths of the columns that hold them: a column is as wide as what it holds.
     */
    private static String withoutHistory(String xml) {
        Map<String, String> header = new HashMap<>();
        Matcher m = CELL.matcher(xml);
        StringBuilder kept = new StringBuilder();
        while (m.find()) {
            String text = text(m.group(3));
            if (m.group(2).equals("1")) {
                header.put(m.group(1), text);
            } else if (header.containsKey(m.group(1)) && StatusTable.isHistory(header.get(m.group(1)), text)) {
                m.appendReplacement(kept, "");
            }
        }
        m.appendTail(kept);
        StringBuilder out = new StringBuilder();
        Matcher col = COLUMN.matcher(kept);
        while (col.find()) {
            int first = Integer.parseInt(col.group(1));
            int last = Integer.parseInt(col.group(2));
            boolean history = false;
            for (int c = first; c <= last; c++) {
                history |= StatusTable.HISTORY.contains(header.get(letters(c)));
            }
            col.appendReplacement(out, history ? "<col min=\"$1\" max=\"$2\"/>" : "$0");
        }
        col.appendTail(out);
        return out.toString();
    }

    /** Excel's letters of a 1-based column number: 1 → A, 27 → AA. */
    private static String letters(int column) {
        StringBuilder s = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    private static String bytes(byte[] b) {
        java.security.MessageDigest md = Sha256.newDigest();
        md.update(b);
        return Sha256.hex(md);
    }

    private static String text(String cell) {
        if (cell == null) {
            return "";
        }
        Matcher t = TEXT.matcher(cell);
        return t.find() ? t.group(1) : cell;
    }
}
