package org.jixiao.ingest;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * How many rows a filing has, counted apart from the readers (for the mutation fuzzer's oracle): a
 * CSV's non-blank records after its header (a record with broken quoting is its first line, and the
 * count goes on with the next line), all of them when no header is found; a flat sheet's non-blank rows
 * after its header, counted through POI's own workbook model rather than the streaming reader. Empty
 * when this count cannot say (a workbook POI cannot open, a sheet laid out as a form).
 */
public final class RowCounts {

    private static final int SEARCH = 10;
    private static final Set<String> NOTES = Set.of("填写说明", "说明", "填报说明", "instructions");

    private RowCounts() {
    }

    public static OptionalInt of(String name, byte[] bytes) {
        return name.endsWith(".csv") ? OptionalInt.of(csv(bytes)) : xlsx(bytes);
    }

    // ---- CSV -------------------------------------------------------------------------------------

    static int csv(byte[] bytes) {
        int bom = 0;
        Charset charset;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            bom = 3;
            charset = StandardCharsets.UTF_8;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            bom = 2;
            charset = StandardCharsets.UTF_16LE;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            bom = 2;
            charset = StandardCharsets.UTF_16BE;
        } else {
            if (binary(bytes)) {
                return 0;
            }
            charset = firstChineseLineIs(bytes, 0, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : GB18030;
        }
        if (bom == 3 && !firstChineseLineIs(bytes, 3, StandardCharsets.UTF_8) && firstChineseLineIs(bytes, 3, GB18030)) {
            charset = GB18030;
        }
        String text = new String(bytes, bom, bytes.length - bom, charset);
        char separator = separator(bytes, bom);
        return count(text, separator);
    }

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The contract's rule for a file's charset: the first line with non-ASCII text (its header) decodes in it. */
    private static boolean firstChineseLineIs(byte[] bytes, int from, Charset charset) {
        int i = from;
        while (i < bytes.length && bytes[i] >= 0) {
            i++;
        }
        int end = i;
        while (end < bytes.length && bytes[end] != '\n' && end - i < 64 * 1024) {
            end++;
        }
        return !charset.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes, i, end - i), java.nio.CharBuffer.allocate(end - i), false).isError();
    }

    private static boolean binary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        if (n >= 4 && (bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4
                || (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && bytes[2] == 0x11 && (bytes[3] & 0xFF) == 0xE0
                || bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F')) {
            return true;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i];
            control += b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' ? 1 : 0;
        }
        return control * 20 > n || control > 16 + n / 100;
    }

    private static char separator(byte[] bytes, int skip) {
        boolean tab = false;
        boolean semicolon = false;
        for (int i = skip; i < Math.min(bytes.length, skip + 4096) && bytes[i] != '\n'; i++) {
            if (bytes[i] == ',') {
                return ',';
            }
            tab |= bytes[i] == '\t';
            semicolon |= bytes[i] == ';';
        }
        return tab ? '\t' : semicolon ? ';' : ',';
    }

    /** Counts as the contract defines a file's rows; the records are split here line by line, not by the reader's tokenizer. */
    private static int count(String text, char separator) {
        List<String> lines = lines(text);
        HeaderMap header = null;
        List<String> headerRow = null;
        boolean mayContinue = false;
        boolean refused = false;
        boolean noHeader = false;
        int recordNo = 0;
        int skipped = 0;
        int rows = 0;
        int headerWidth = 0;
        int line = 0;
        while (line < lines.size()) {
            Parsed p = parse(lines, line, separator);
            recordNo++;
            if (p.cells == null) {
                line++;
                if (refused) {
                    rows++;
                } else if (header == null || !header.missing().isEmpty()) {
                    skipped++;
                } else {
                    mayContinue = false;
                    rows++;
                }
                continue;
            }
            line = p.next;
            List<String> cells = new ArrayList<>();
            for (String c : p.cells) {
                cells.add(new ControlCharacters().strip(c, 0));
            }
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (refused) {
                rows++;
            } else if (header == null && !noHeader) {
                HeaderMap found = HeaderMap.recognise(cells);
                if (found != null) {
                    refused = separator == ';';
                    header = found;
                    headerRow = cells;
                    headerWidth = cells.size();
                    skipped = 0;
                    mayContinue = true;
                } else {
                    skipped++;
                    noHeader = recordNo >= SEARCH;
                }
            } else if (mayContinue && merged(headerRow, cells) != null) {
                List<String> m = merged(headerRow, cells);
                header = HeaderMap.recognise(m);
                headerRow = m;
                headerWidth = Math.max(headerWidth, m.size());
                mayContinue = false;
            } else if (header == null || !header.missing().isEmpty()) {
                mayContinue = false;
                skipped++;
            } else {
                mayContinue = false;
                boolean garbled = cells.stream().anyMatch(c -> c.indexOf('\uFFFD') >= 0);
                boolean wide = cells.size() > headerWidth || beyond(cells, header.width());
                boolean nothing = java.util.Arrays.stream(header.cellsOf(cells)).allMatch(java.util.Objects::isNull);
                rows += garbled || wide || !nothing ? 1 : 0;
            }
        }
        return refused ? rows : header == null || !header.missing().isEmpty() ? skipped : rows;
    }

    private static List<String> merged(List<String> top, List<String> below) {
        List<String> m = HeaderRows.merge(top, below);
        return m != null && HeaderMap.recognise(m) != null ? m : null;
    }

    private static boolean beyond(List<String> cells, int width) {
        for (int i = width; i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Physical lines, their ends kept ({@code \n}, {@code \r\n} or a lone {@code \r}). */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                lines.add(text.substring(start, end));
                start = end;
                i = end - 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** A record from line {@code first} on: its cells and the line after it; cells null when its quoting is broken. */
    private record Parsed(List<String> cells, int next) {
    }

    private static Parsed parse(List<String> lines, int first, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        int chars = 0;
        for (int l = first; l < lines.size(); l++) {
            String s = lines.get(l);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                chars++;
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                            cell.append('"');
                            i++;
                            chars++;
                        } else {
                            quoted = false;
                            afterQuote = true;
                        }
                    } else {
                        if ((c == '\n' || c == '\r' && (i + 1 == s.length())) && l + 1 - first > 200) {
                            return new Parsed(null, first + 1);
                        }
                        if (chars > 4 * 32_768) {
                            return new Parsed(null, first + 1);
                        }
                        cell.append(c);
                    }
                } else if (c == '\n' || c == '\r') {
                    cells.add(cell.toString());
                    return new Parsed(cells, l + 1);
                } else if (afterQuote && c != separator) {
                    return new Parsed(null, first + 1);
                } else if (c == separator) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    afterQuote = false;
                } else if (c == '"' && cell.isEmpty() && !afterQuote) {
                    quoted = true;
                } else {
                    cell.append(c);
                }
            }
            if (!quoted) {
                cells.add(cell.toString());
                return new Parsed(cells, l + 1);
            }
        }
        return quoted ? new Parsed(null, first + 1) : new Parsed(cells, lines.size());
    }

    // ---- XLSX ------------------------------------------------------------------------------------

    private static final java.util.regex.Pattern REF = java.util.regex.Pattern.compile("<c r=\"([^\"]*)\"");
    private static final java.util.regex.Pattern VALID_REF = java.util.regex.Pattern.compile("(?:[A-W][A-Z]{0,2}|X[A-E][A-Z]?|XF[A-D]|[A-Z]{1,2})[1-9][0-9]*");

    private static OptionalInt xlsx(byte[] bytes) {
        java.util.Map<String, byte[]> parts = new java.util.HashMap<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        } catch (Exception e) {
            return OptionalInt.empty();
        }
        String rels = new String(parts.getOrDefault("xl/_rels/workbook.xml.rels", new byte[0]), StandardCharsets.UTF_8);
        if (rels.contains("styles.xml") && !parts.containsKey("xl/styles.xml")
                || rels.contains("sharedStrings.xml") && !parts.containsKey("xl/sharedStrings.xml")) {
            return OptionalInt.of(0); // the contract: a workbook without the parts its cells need is refused whole
        }
        for (java.util.Map.Entry<String, byte[]> p : parts.entrySet()) {
            if (p.getKey().startsWith("xl/worksheets/")) {
                java.util.regex.Matcher m = REF.matcher(new String(p.getValue(), StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!VALID_REF.matcher(m.group(1)).matches()) {
                        return OptionalInt.empty(); // POI's model places such a cell its own way
                    }
                }
            }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            int rows = 0;
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                if (wb.isSheetHidden(s) || wb.isSheetVeryHidden(s) || NOTES.contains(sheet.getSheetName().strip().toLowerCase())) {
                    continue;
                }
                OptionalInt n = flat(sheet);
                if (n.isEmpty()) {
                    return n;
                }
                rows += n.getAsInt();
            }
            return OptionalInt.of(rows);
        } catch (Exception | StackOverflowError e) {
            return OptionalInt.empty();
        }
    }

    /** A flat sheet's rows, or empty when the sheet is not a flat table whose header has every required column. */
    private static OptionalInt flat(Sheet sheet) {
        HeaderMap header = null;
        List<String> headerRow = null;
        boolean mayContinue = false;
        int seen = 0;
        int rows = 0;
        for (Row row : sheet) {
            List<String> cells = cells(row);
            boolean damaged = cells == null;
            if (!damaged && cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            if (header == null) {
                if (damaged || ++seen > SEARCH) {
                    return OptionalInt.empty();
                }
                HeaderMap found = HeaderMap.recognise(cells);
                if (found != null) {
                    if (!found.missing().isEmpty()) {
                        return OptionalInt.empty();
                    }
                    header = found;
                    headerRow = cells;
                    mayContinue = true;
                }
                continue;
            }
            if (mayContinue && !damaged && merged(headerRow, cells) != null) {
                header = HeaderMap.recognise(merged(headerRow, cells));
                mayContinue = false;
                continue;
            }
            mayContinue = false;
            rows += damaged || java.util.Arrays.stream(header.cellsOf(cells)).anyMatch(java.util.Objects::nonNull) ? 1 : 0;
        }
        return header == null ? (seen == 0 ? OptionalInt.of(0) : OptionalInt.empty()) : OptionalInt.of(rows);
    }

    /** A row's cells as text (only blankness and the header's names matter here); null when a cell is an error or not a number. */
    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (Cell c : row) {
            while (cells.size() < c.getColumnIndex()) {
                cells.add(null);
            }
            CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
            String text = switch (type) {
                case STRING -> new ControlCharacters().strip(c.getStringCellValue(), 0);
                case NUMERIC -> Double.isFinite(c.getNumericCellValue()) ? "0" : null;
                case BOOLEAN -> "TRUE";
                case ERROR -> null;
                default -> "";
            };
            if (text == null) {
                return null;
            }
            cells.add(text.isEmpty() ? null : text);
        }
        return cells;
    }
}
