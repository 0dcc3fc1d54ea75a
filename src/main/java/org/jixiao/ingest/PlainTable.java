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
import org.jixiao.findings.Rule;
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
            String why = e.getMessage() != null && e.getMessage().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN) ? "：" + e.getMessage() : "（读取中途出错，文件可能不完整或已损坏）";
            table.problems.add(new SourceProblem(Rule.FILE_UNREADABLE, "", 0, "", "文件无法读取" + why, 0));
        }
        if (table.rows.isEmpty() && table.problems.isEmpty()) {
            table.problems.add(new SourceProblem(Rule.FILE_EMPTY, "", 0, "", "文件为空，没有表头也没有数据", 0));
        }
        return new Result(List.copyOf(table.rows), List.copyOf(table.problems));
    }

    private void readCsv(Path path) throws IOException {
        Encodings.Detected enc = Encodings.detect(path);
        if (enc.binary()) {
            problems.add(new SourceProblem(Rule.FILE_UNREADABLE, "", 0, "", "文件不是文本格式的 CSV（含有二进制内容），请从 Excel 另存为 CSV 或 .xlsx", 0));
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
                        problems.add(new SourceProblem(Rule.FILE_UNREADABLE, "", record, "", "第" + record + "行含有不是 "
                                + enc.charset().name() + " 文字的字节（文件编码前后不一致或已损坏），该行未读取；请将文件另存为 UTF-8", 1));
                        continue;
                    }
                    sheet.accept(record, Arrays.asList(cells), true);
                }
            } catch (JacksonException e) {
                problems.add(new SourceProblem(Rule.FILE_UNREADABLE, "", record + 1, "", "第" + (record + 1)
                        + "行起无法按 CSV 解析（引号不配对或格式损坏），其后各行未读取", 0));
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
                problems.add(new SourceProblem(Rule.HEADER_UNRECOGNISED, "", 0, "", "工作簿的各工作表中都没有找到表头（应含 "
                        + String.join("、", columns) + " 等列），未读取", 0));
            }
        } catch (XlsxWorkbook.NotXlsxException e) {
            problems.add(new SourceProblem(Rule.FILE_UNREADABLE, "", 0, "", e.getMessage(), 0));
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
                problems.add(new SourceProblem(Rule.ROW_TOO_WIDE, name, number, "", "第" + number + "行有" + cells.size()
                        + "个单元格，多于表头的" + width + "个，无法确定各值所属的列，该行未读取；常见原因是含逗号的内容未加英文双引号", 1));
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
                problems.add(new SourceProblem(Rule.COLUMN_UNKNOWN, name, number, String.join("、", unknown),
                        "表头中有未知的列，其内容未读取：" + String.join("、", unknown), 0));
            }
            List<String> missing = required.stream().filter(c -> !found.containsKey(c)).sorted(byColumnOrder()).toList();
            if (!missing.isEmpty()) {
                missingAt = problems.size();
                problems.add(new SourceProblem(Rule.COLUMN_MISSING, name, number, String.join("、", missing),
                        where() + "缺少必填列「" + String.join("、", missing) + "」，未读取", 0));
            }
        }

        private Comparator<String> byColumnOrder() {
            return Comparator.comparingInt(columns::indexOf);
        }

        /** Closes the sheet; a sheet of a workbook without a header is only a 问题 when another sheet has one. */
        void end() {
            if (at == null && searched > 0) {
                boolean workbook = !name.isEmpty();
                problems.add(new SourceProblem(workbook ? Rule.SHEET_UNRECOGNISED : Rule.HEADER_UNRECOGNISED, name, 0, "", where()
                        + "前" + HEADER_SEARCH_ROWS + "行中没有找到表头（应含 " + String.join("、", columns) + " 等列），未读取", searched));
            } else if (missingAt >= 0) {
                SourceProblem p = problems.get(missingAt);
                problems.set(missingAt, new SourceProblem(p.rule(), p.sheet(), p.row(), p.column(), p.message(), dataRows));
            } else if (at != null && dataRows == 0) {
                problems.add(new SourceProblem(Rule.FILE_EMPTY, name, 0, "", where() + "只有表头，没有数据行", 0));
            }
            headers += at != null ? 1 : 0;
        }

        private String where() {
            return name.isEmpty() ? "" : "工作表「" + name + "」";
        }
    }
}
