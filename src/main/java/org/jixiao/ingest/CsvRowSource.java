package org.jixiao.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jixiao.filing.SourceRef;
import org.jixiao.findings.Rule;

/**
 * A flat CSV filing (filings.md §2, shape 1): UTF-8 with or without BOM or GB18030 (a row with bytes
 * that are not text in the file's encoding is rejected on its own), comma- or tab-separated, RFC 4180
 * quoting (goals may span lines inside quotes). Rows are numbered as a spreadsheet shows them: the
 * header is row 1 when it is the first record. Every non-blank record under the header is a row read:
 * imported, or rejected on its own with its reason (broken quoting, bytes that are not text, cells past
 * the header); a semicolon-separated file is refused whole, its rows counted.
 */
final class CsvRowSource implements RowSource {

    private static final int HEADER_SEARCH_ROWS = 10;

    private final String file;
    private final Path path;
    private final Deque<SourceItem> pending = new ArrayDeque<>();
    private final ControlCharacters controls = new ControlCharacters();
    private final HeaderState header = new HeaderState();
    private final RepeatedCells repeated = new RepeatedCells();
    private CsvRecords records;
    private Reader reader;
    private int recordNo;
    /** Rows above a header, or under one that lacks columns, or of a file without one: rejected with the file. */
    private int skippedRows;
    private int dataRows;
    private int rejectedRows;
    private boolean noHeader;
    private boolean finished;
    private Charset charset;
    private char separator;
    /** Why the whole file is refused once its header is found (a semicolon separator); its rows are counted. */
    private String refusal;
    private int refusedRows;

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
        CsvRecords.Record record = records.next();
        if (record == null) {
            finish();
            return;
        }
        recordNo++;
        if (record.broken() != null) {
            broken(record);
            return;
        }
        String[] cells = record.cells().toArray(String[]::new);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = controls.strip(cells[i], recordNo);
        }
        repeated.share(cells);
        if (blank(cells)) {
            return;
        }
        if (refusal != null) {
            refusedRows++;
        } else if (!header.present() && !noHeader) {
            lookForHeader(cells);
        } else if (secondHeaderRow(cells)) {
            return;
        } else if (!header.complete()) {
            skippedRows++;
        } else if (garbled(cells)) {
            // bytes that are not text in the file's encoding decode to U+FFFD: reject that row, keep reading
            reject(new SourceProblem(Rule.ROW_UNREADABLE, "", recordNo, "", "第" + recordNo + "行含有不是 " + charset.name()
                    + " 文字的字节（文件编码前后不一致或已损坏），该行未导入；请将文件另存为 UTF-8 后重新报送", 1));
        } else if (cells.length > header.width() || beyondHeader(cells) >= 0) {
            rejectWide(cells);
        } else {
            RawRow row = new RawRow(new SourceRef(file, "", recordNo), header.map().kind(), repeated.pick(header.map(), cells));
            if (!row.isBlank()) {
                dataRows++;
                pending.add(row);
            }
        }
    }

    /** A record whose quoting is broken: its first line is one row, rejected (or skipped before the header). */
    private void broken(CsvRecords.Record record) {
        settleHeader();
        if (refusal != null) {
            refusedRows++;
        } else if (!header.complete()) {
            skippedRows++;
        } else {
            reject(new SourceProblem(Rule.ROW_UNREADABLE, "", recordNo, "",
                    "第" + recordNo + "行（文件第" + record.firstLine() + "行）" + record.broken() + "，该行未导入，其后的行照常读取；"
                            + "请在 Excel 中检查该行后另存为 CSV 重新报送", 1));
        }
    }

    private void reject(SourceProblem problem) {
        rejectedRows += problem.rowsRejected();
        pending.add(problem);
    }

    /** Whether the record is the header's second row (read into the header); either way the header is settled. */
    private boolean secondHeaderRow(String[] cells) {
        boolean second = header.continuedBy(List.of(cells));
        settleHeader();
        return second;
    }

    private void settleHeader() {
        if (header.present()) {
            pending.addAll(header.settle(""));
        }
    }

    /** The first non-blank cell right of the header's last named column, or -1. */
    private int beyondHeader(String[] record) {
        for (int i = header.map().width(); i < record.length; i++) {
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
        reject(new SourceProblem(Rule.ROW_TOO_WIDE, "", recordNo, columnLetters(first >= 0 ? first : header.width()),
                "第" + recordNo + "行有" + record.length + "个单元格，多于表头的" + header.width() + "个，无法确定各值所属的列，该行未导入；"
                        + "常见原因是含逗号的内容（如金额 2,030,000.00）未加英文双引号，被拆成了几个单元格。"
                        + "请在 Excel 中另存为 CSV，或给这些内容加上双引号后重新报送", 1));
    }

    /** Spreadsheet letters of a 0-based column index: 0 → A, 26 → AA. */
    static String columnLetters(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    private void lookForHeader(String[] cells) {
        List<String> row = List.of(cells);
        HeaderMap found = HeaderMap.recognise(row);
        if (found == null) {
            skippedRows++;
            noHeader = recordNo >= HEADER_SEARCH_ROWS;
        } else if (separator == ';') {
            refusal = "文件以分号（;）分隔各列，而申报文件只能用逗号或制表符分隔（分号分隔的文件常以逗号作小数点，金额可能被读错），"
                    + "整个文件未导入；请在 Excel 中另存为「CSV UTF-8（逗号分隔）」后重新报送";
        } else {
            header.found(found, row, recordNo, null);
            // rows above the header are titles, not data: only rows under a header count
            skippedRows = 0;
        }
    }

    private boolean open() throws IOException {
        Encodings.Detected enc = Encodings.detect(path);
        if (enc.binary()) {
            pending.add(new SourceProblem(Rule.FILE_UNREADABLE, "", 0, "", enc.looksLike() != null ? enc.looksLike()
                    : "文件不是文本格式的 CSV（含有二进制内容），请从 Excel 另存为 CSV 或 .xlsx", 0));
            return false;
        }
        if (enc.bomMismatch()) {
            pending.add(new SourceProblem(Rule.ENCODING_MISMATCH, "", 0, "",
                    "文件开头有 UTF-8 标记（BOM），内容却是 GB18030（GBK）编码，已按 GB18030 读取；请将文件另存为「CSV UTF-8」后重新报送", 0));
        }
        charset = enc.charset();
        separator = Encodings.separator(path, enc.bomLength());
        InputStream in = Files.newInputStream(path);
        in.skipNBytes(enc.bomLength());
        reader = new BufferedReader(new InputStreamReader(in, enc.charset()), 64 * 1024);
        records = new CsvRecords(reader, separator);
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

    /** A cell with U+FFFD: bytes that were not text in the file's encoding. */
    private static boolean garbled(String[] record) {
        for (String c : record) {
            if (c != null && c.indexOf('\uFFFD') >= 0) {
                return true;
            }
        }
        return false;
    }

    private void finish() {
        finished = true;
        settleHeader();
        SourceProblem stripped = controls.problem("");
        if (stripped != null) {
            pending.add(stripped);
        }
        if (refusal != null) {
            pending.add(new SourceProblem(Rule.FILE_UNREADABLE, "", 1, "", refusal, refusedRows));
        } else if (!header.present()) {
            pending.add(skippedRows == 0 ? new SourceProblem(Rule.FILE_EMPTY, "", 0, "", "文件为空，没有表头也没有数据", 0)
                    : new SourceProblem(Rule.HEADER_UNRECOGNISED, "", 0, "", "前" + HEADER_SEARCH_ROWS
                            + "行中没有找到申报表或自评表的表头（应含 年度、主管部门、项目名称、一级指标 等列），整个文件未导入", skippedRows));
        } else if (!header.complete()) {
            String names = header.map().missing().stream().map(Enum::name).reduce((a, b) -> a + "、" + b).orElse("");
            pending.add(new SourceProblem(Rule.COLUMN_MISSING, "", header.row(), names,
                    "缺少必填列「" + names + "」（" + header.map().kind().label() + "表），整个文件未导入", skippedRows));
        } else if (dataRows == 0 && rejectedRows == 0) {
            pending.add(new SourceProblem(Rule.FILE_EMPTY, "", 0, "", "文件只有表头，没有数据行", 0));
        }
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
    }
}
