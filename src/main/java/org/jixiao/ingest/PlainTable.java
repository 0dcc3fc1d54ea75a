package org.jixiao.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jixiao.filing.SourceRef;
import org.jixiao.filing.Text;
import org.jixiao.findings.F01FileUnreadable;
import org.jixiao.findings.F02FileEmpty;
import org.jixiao.findings.F03HeaderUnrecognised;
import org.jixiao.findings.F04ColumnMissing;
import org.jixiao.findings.F05ColumnUnknown;
import org.jixiao.findings.F06SheetUnrecognised;
import org.jixiao.findings.F07RowTooWide;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A small table that is not a filing — the 报送名单 — read with the filings' own machinery, so it is
 * read the way a clerk's filings are: a CSV in UTF-8 (BOM or not) or GB18030, comma- or tab-separated
 * ({@link Encodings}, the same separator sniffing); an .xlsx streamed sheet by sheet, dates and numbers
 * as {@link CellText} gives them; the header found within the first rows (a title above it is fine)
 * and matched after the contract's normalisation ({@link HeaderNames#normalise}). What cannot be read
 * comes back as {@link SourceProblem}s with the filings' F rules, located; nothing is thrown for bad
 * content. The table is held whole: a roster has a few hundred rows.
 */
public final class PlainTable {

    private static final int HEADER_SEARCH_ROWS = 10;
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    /** A data row: where it is, and its cells by column name (null when blank). */
    public record Row(SourceRef source, Map<String, String> cells) {
        public String get(String column) {
            return cells.get(column);
        }
    }

    /** The rows in file order, and the problems met reading them. */
    public record Result(List<Row> rows, List<SourceProblem> problems) {
    }

    private final List<String> columns;
    private final Set<String> required;
    private final String file;
    private final List<Row> rows = new ArrayList<>();
    private final List<SourceProblem> problems = new ArrayList<>();
    /** Sheets in which a header was found. */
    private int headers;

    private PlainTable(List<String> columns, Set<String> required, String file) {
        this.columns = columns;
        this.required = required;
        this.file = file;
    }

    /**
     * @param columns  the column names the table may have, as normalised headers
     * @param required those of them without which the table cannot be used
     * @param file     the name findings show
     */
    public static Result read(Path path, String file, List<String> columns, Set<String> required) {
        PlainTable table = new PlainTable(columns, required, file);
        try {
            if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                table.readCsv(path);
            } else {
                table.readXlsx(path);
            }
        } catch (IOException e) {
            // jixiao's own messages (a damaged sheet) are Chinese; a system's message is not shown to a clerk
            String ours = e.getMessage() != null && e.getMessage().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN) ? e.getMessage() : null;
            table.problems.add(new SourceProblem(F01FileUnreadable.tableUnreadable(ours), 0));
        }
        if (table.rows.isEmpty() && table.problems.isEmpty()) {
            table.problems.add(new SourceProblem(F02FileEmpty.empty(), 0));
        }
        return new Result(List.copyOf(table.rows), List.copyOf(table.problems));
    }

    private void readCsv(Path path) throws IOException {
        Encodings.Detected enc = Encodings.detect(path);
        if (enc.binary()) {
            problems.add(new SourceProblem(F01FileUnreadable.notText(null), 0));
            return;
        }
        char separator = Encodings.separator(path, enc.bomLength());
        try (InputStream in = Files.newInputStream(path)) {
            in.skipNBytes(enc.bomLength());
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
            Sheet sheet = new Sheet("");
            int record = 0;
            try (MappingIterator<String[]> records = MAPPER.readerForArrayOf(String.class).with(schema)
                    .readValues(new BufferedReader(new InputStreamReader(in, enc.charset())))) {
                while (records.hasNextValue()) {
                    String[] cells = records.nextValue();
                    record++;
                    if (Arrays.stream(cells).anyMatch(c -> c != null && c.indexOf('\uFFFD') >= 0)) {
                        problems.add(new SourceProblem(F01FileUnreadable.tableRowNotText(record, enc.charset().name()), 1));
                        continue;
                    }
                    sheet.accept(record, Arrays.asList(cells), true);
                }
            } catch (JacksonException e) {
                problems.add(new SourceProblem(F01FileUnreadable.tableBrokenFrom(record + 1), 0));
            }
            sheet.end();
        }
    }

    private void readXlsx(Path path) throws IOException {
        try (XlsxWorkbook workbook = XlsxWorkbook.open(path)) {
            while (workbook.hasNextSheet()) {
                try (SheetCursor cursor = workbook.nextSheet(new ControlCharacters())) {
                    String name = workbook.sheetName();
                    if (XlsxRowSource.NOTES_SHEETS.contains(name.strip().toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    Sheet sheet = new Sheet(name);
                    for (SheetCursor.SheetRow row = cursor.next(); row != null; row = cursor.next()) {
                        sheet.accept(row.number(), row.cells(), false);
                    }
                    sheet.end();
                }
            }
            if (headers == 0 && !problems.isEmpty()) {
                problems.add(new SourceProblem(F03HeaderUnrecognised.noSheetHasHeader(columns), 0));
            }
        } catch (XlsxWorkbook.NotXlsxException e) {
            problems.add(new SourceProblem(e.finding(), 0));
        }
    }

    /** One sheet (a CSV is one, unnamed): the header once found, then its rows. */
    private final class Sheet {
        private final String name;
        private Map<String, Integer> at;
        private int width;
        private int searched;
        /** Index in {@code problems} of the missing-column problem that makes the sheet unusable, or -1. */
        private int missingAt = -1;
        private int dataRows;

        Sheet(String name) {
            this.name = name;
        }

        void accept(int number, List<String> cells, boolean csv) {
            if (cells.stream().allMatch(Text::isBlank)) {
                return;
            }
            if (at == null && searched >= HEADER_SEARCH_ROWS) {
                searched++;
            } else if (at == null) {
                header(number, cells);
            } else if (missingAt >= 0) {
                dataRows++;
            } else if (csv && beyond(cells) >= 0) {
                problems.add(new SourceProblem(F07RowTooWide.table(name, number, cells.size(), width), 1));
            } else {
                dataRows++;
                Map<String, String> values = new LinkedHashMap<>();
                at.forEach((column, i) -> values.put(column, i < cells.size() ? Text.clean(cells.get(i)) : null));
                rows.add(new Row(new SourceRef(file, name, number), values));
            }
        }

        private int beyond(List<String> cells) {
            for (int i = width; i < cells.size(); i++) {
                if (!Text.isBlank(cells.get(i))) {
                    return i;
                }
            }
            return -1;
        }

        private void header(int number, List<String> cells) {
            Map<String, Integer> found = new HashMap<>();
            List<String> unknown = new ArrayList<>();
            int last = 0;
            for (int i = 0; i < cells.size(); i++) {
                String h = Text.clean(cells.get(i));
                if (h == null) {
                    continue;
                }
                last = i + 1;
                String n = HeaderNames.normalise(h);
                if (columns.contains(n) && !found.containsKey(n)) {
                    found.put(n, i);
                } else {
                    unknown.add(h);
                }
            }
            if (found.size() < 2) {
                searched++;
                return;
            }
            at = new LinkedHashMap<>();
            columns.stream().filter(found::containsKey).forEach(c -> at.put(c, found.get(c)));
            width = last;
            if (!unknown.isEmpty()) {
                problems.add(new SourceProblem(F05ColumnUnknown.table(name, number, unknown), 0));
            }
            List<String> missing = required.stream().filter(c -> !found.containsKey(c)).sorted(byColumnOrder()).toList();
            if (!missing.isEmpty()) {
                missingAt = problems.size();
                problems.add(new SourceProblem(F04ColumnMissing.table(name, number, missing), 0));
            }
        }

        private Comparator<String> byColumnOrder() {
            return Comparator.comparingInt(columns::indexOf);
        }

        /** Closes the sheet; a sheet of a workbook without a header is only a 问题 when another sheet has one. */
        void end() {
            if (at == null && searched > 0) {
                problems.add(new SourceProblem(name.isEmpty() ? F03HeaderUnrecognised.tableNotFound(columns, HEADER_SEARCH_ROWS)
                        : F06SheetUnrecognised.tableNotFound(name, columns, HEADER_SEARCH_ROWS), searched));
            } else if (missingAt >= 0) {
                SourceProblem p = problems.get(missingAt);
                problems.set(missingAt, new SourceProblem(p.finding(), dataRows));
            } else if (at != null && dataRows == 0) {
                problems.add(new SourceProblem(F02FileEmpty.tableHeaderOnly(name), 0));
            }
            headers += at != null ? 1 : 0;
        }
    }
}
