package org.jixiao.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.jixiao.filing.SourceRef;
import org.jixiao.findings.Rule;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A flat CSV filing (filings.md §2, shape 1): UTF-8 with or without BOM or GB18030 (a row with bytes
 * that are not text in the file's encoding is rejected on its own), comma- or
 * tab-separated, RFC 4180 quoting (goals may span lines inside quotes). Rows are numbered as a
 * spreadsheet shows them: the header is row 1 when it is the first record.
 */
final class CsvRowSource implements RowSource {

    private static final int HEADER_SEARCH_ROWS = 10;
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private final String file;
    private final Path path;
    private final Deque<SourceItem> pending = new ArrayDeque<>();
    private MappingIterator<String[]> records;
    private HeaderMap header;
    /** Cells in the header row (blank ones included): a data row never has more. */
    private int headerCells;
    private int recordNo;
    private int skippedRows;
    private int dataRows;
    private boolean noHeader;
    private boolean finished;
    private java.nio.charset.Charset charset;
    private final RepeatedCells repeated = new RepeatedCells();

    CsvRowSource(Path path, String file) {
        this.path = path;
        this.file = file;
    }

    @Override
    public SourceItem next() throws IOException {
        while (pending.isEmpty() && !finished) {
            step();
        }
        return pending.poll();
    }

    private void step() throws IOException {
        if (records == null && !open()) {
            finished = true;
            return;
        }
        String[] record;
        try {
            if (!records.hasNextValue()) {
                finish();
                return;
            }
            record = records.nextValue();
        } catch (JacksonException e) {
            fail("第" + (recordNo + 1) + "行起无法按 CSV 解析（引号不配对或格式损坏）：" + e.getOriginalMessage());
            return;
        }
        recordNo++;
        repeated.share(record);
        if (blank(record)) {
            return;
        }
        if (garbled(record)) {
            // bytes that are not text in the file's encoding decode to U+FFFD: reject that row, keep reading
            pending.add(new SourceProblem(Rule.FILE_UNREADABLE, "", recordNo, "", "第" + recordNo + "行含有不是 " + charset.name()
                    + " 文字的字节（文件编码前后不一致或已损坏），该行未导入；请将文件另存为 UTF-8 后重新报送", 1));
            return;
        }
        if (noHeader || (header != null && !header.missing().isEmpty())) {
            skippedRows++;
        } else if (header == null) {
            lookForHeader(Arrays.asList(record));
        } else if (record.length > headerCells || beyondHeader(record) >= 0) {
            rejectWide(record);
        } else {
            String[] cells = repeated.pick(header, record);
            RawRow row = new RawRow(new SourceRef(file, "", recordNo), header.kind(), cells);
            if (!row.isBlank()) {
                dataRows++;
                pending.add(row);
            }
        }
    }

    /** The first non-blank cell right of the header's last named column, or -1. */
    private int beyondHeader(String[] record) {
        for (int i = header.width(); i < record.length; i++) {
            if (record[i] != null && !record[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A row with more cells than the header, or with text right of the header's last column, cannot be
     * read column by column: every cell after the one that split may be in the wrong column (an amount
     * such as 2,030,000.00 written without quotes becomes three cells and moves the rest, even when
     * only blanks are pushed past the header), and reading it would put wrong money in the sums. The
     * row is rejected on its own, saying where its cells run past the header.
     */
    private void rejectWide(String[] record) {
        int first = beyondHeader(record);
        pending.add(new SourceProblem(Rule.ROW_TOO_WIDE, "", recordNo, columnLetters(first >= 0 ? first : headerCells),
                "第" + recordNo + "行有" + record.length + "个单元格，多于表头的" + headerCells + "个，无法确定各值所属的列，该行未导入；"
                        + "常见原因是含逗号的内容（如金额 2,030,000.00）未加英文双引号，被拆成了几个单元格。"
                        + "请在 Excel 中另存为 CSV，或给这些内容加上双引号后重新报送", 1));
    }

    /** Spreadsheet letters of a 0-based column index: 0 → A, 26 → AA. */
    private static String columnLetters(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    private void lookForHeader(List<String> cells) {
        HeaderMap found = HeaderMap.recognise(cells);
        if (found != null) {
            header = found;
            headerCells = cells.size();
            if (!found.unknown().isEmpty()) {
                pending.add(new SourceProblem(Rule.COLUMN_UNKNOWN, "", recordNo, String.join("、", found.unknown()),
                        "表头中有未知的列，其内容未导入：" + String.join("、", found.unknown()), 0));
            }
            return;
        }
        skippedRows++;
        noHeader = recordNo >= HEADER_SEARCH_ROWS;
    }

    private boolean open() throws IOException {
        Encodings.Detected enc = Encodings.detect(path);
        if (enc.binary()) {
            pending.add(new SourceProblem(Rule.FILE_UNREADABLE, "", 0, "",
                    "文件不是文本格式的 CSV（含有二进制内容），请从 Excel 另存为 CSV 或 .xlsx", 0));
            return false;
        }
        charset = enc.charset();
        char separator = sniffSeparator(path, enc.bomLength());
        InputStream in = Files.newInputStream(path);
        in.skipNBytes(enc.bomLength());
        Reader reader = new BufferedReader(new InputStreamReader(in, enc.charset()), 64 * 1024);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        records = MAPPER.readerForArrayOf(String.class).with(schema).readValues(reader);
        return true;
    }

    private static boolean blank(String[] record) {
        for (String c : record) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A cell with U+FFFD, skipping those shared with the previous record (seen there already). */
    private boolean garbled(String[] record) {
        for (int i = 0; i < record.length; i++) {
            String c = record[i];
            if (c != null && !repeated.seen(record, i) && c.indexOf('\uFFFD') >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tab-separated when the first line has tabs and no commas; otherwise comma. Told from the raw
     * bytes: both encodings write these characters as single ASCII bytes.
     */
    static char sniffSeparator(Path path, int skip) throws IOException {
        byte[] head = new byte[4096];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            in.skipNBytes(skip);
            n = in.readNBytes(head, 0, head.length);
        }
        boolean tab = false;
        for (int i = 0; i < n && head[i] != '\n'; i++) {
            if (head[i] == ',') {
                return ',';
            }
            tab |= head[i] == '\t';
        }
        return tab ? '\t' : ',';
    }

    private void finish() {
        finished = true;
        if (header == null) {
            finishWithoutHeader();
        } else if (header.missing().isEmpty() && dataRows == 0) {
            pending.add(new SourceProblem(Rule.FILE_EMPTY, "", 0, "", "文件只有表头，没有数据行", 0));
        } else if (!header.missing().isEmpty()) {
            String names = header.missing().stream().map(Enum::name).reduce((a, b) -> a + "、" + b).orElse("");
            pending.add(new SourceProblem(Rule.COLUMN_MISSING, "", 1, names,
                    "缺少必填列「" + names + "」（" + header.kind().label() + "表），整个文件未导入", skippedRows));
        }
    }

    private void finishWithoutHeader() {
        if (skippedRows == 0) {
            pending.add(new SourceProblem(Rule.FILE_EMPTY, "", 0, "", "文件为空，没有表头也没有数据", 0));
        } else {
            pending.add(new SourceProblem(Rule.HEADER_UNRECOGNISED, "", 0, "",
                    "前" + HEADER_SEARCH_ROWS + "行中没有找到申报表或自评表的表头（应含 年度、主管部门、项目名称、一级指标 等列），整个文件未导入",
                    skippedRows));
        }
    }

    private void fail(String message) {
        finished = true;
        pending.add(new SourceProblem(Rule.FILE_UNREADABLE, "", recordNo + 1, "", message, 0));
    }

    @Override
    public void close() throws IOException {
        if (records != null) {
            records.close();
        }
    }
}
