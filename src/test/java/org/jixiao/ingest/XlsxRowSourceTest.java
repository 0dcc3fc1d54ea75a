package org.jixiao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.ingest.SourceItems.fixture;
import static org.jixiao.ingest.SourceItems.problems;
import static org.jixiao.ingest.SourceItems.readAll;
import static org.jixiao.ingest.SourceItems.rows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.filing.Column;
import org.jixiao.findings.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRowSourceTest {

    @TempDir
    Path dir;

    private static final String[] HEADER = {"年度", "主管部门", "项目名称", "计划开始日期", "年度资金申请总额", "当年财政拨款", "一级指标",
        "二级指标", "三级指标", "指标值"};

    @Test
    void readsNumbersDatesAndFormulasAsFiled() throws IOException {
        Path file = write("flat.xlsx", wb -> {
            Sheet s = wb.createSheet("申报");
            header(s);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Row r = s.createRow(1);
            r.createCell(0).setCellValue(2025);
            r.createCell(1).setCellValue("中共上海市嘉定区委组织部");
            r.createCell(2).setCellValue("培训项目");
            r.createCell(3).setCellValue(LocalDate.of(2025, 1, 1));
            r.getCell(3).setCellStyle(date);
            r.createCell(4).setCellValue(498139.1);
            r.getCell(4).setCellStyle(money);
            r.createCell(5).setCellFormula("E2");
            r.createCell(6).setCellValue("产出指标");
            r.createCell(7).setCellValue("数量指标");
            r.createCell(8).setCellValue("开展干部培训班次");
            r.createCell(9).setCellValue("≥12.00(次)");
            // built-in formats: 14 is a date (m/d/yy), 10 a percentage (0.00%)
            CellStyle builtinDate = wb.createCellStyle();
            builtinDate.setDataFormat((short) 14);
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat((short) 10);
            Row r2 = s.createRow(2);
            r2.createCell(0).setCellValue(2025);
            r2.createCell(1).setCellValue("中共上海市嘉定区委组织部");
            r2.createCell(2).setCellValue("培训项目");
            r2.createCell(3).setCellValue(LocalDate.of(2025, 3, 31));
            r2.getCell(3).setCellStyle(builtinDate);
            r2.createCell(4).setCellValue(498139.1);
            r2.createCell(8).setCellValue("培训满意度");
            r2.createCell(9).setCellValue(0.955);
            r2.getCell(9).setCellStyle(percent);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        List<SourceItem> items = readAll(file);
        assertThat(problems(items)).isEmpty();
        assertThat(rows(items)).hasSize(2);
        assertThat(rows(items).get(1)).satisfies(row -> {
            assertThat(row.get(Column.计划开始日期)).isEqualTo("2025-03-31");
            assertThat(row.get(Column.指标值)).isEqualTo("95.5%");
        });
        assertThat(rows(items).get(0)).satisfies(row -> {
            assertThat(row.get(Column.年度)).isEqualTo("2025");
            assertThat(row.get(Column.计划开始日期)).isEqualTo("2025-01-01");
            assertThat(row.get(Column.年度资金申请总额)).isEqualTo("498139.1");
            assertThat(row.get(Column.当年财政拨款)).isEqualTo("498139.1");
            assertThat(row.source().sheet()).isEqualTo("申报");
            assertThat(row.source().row()).isEqualTo(2);
        });
    }

    @Test
    void everyRecognisedSheetIsReadAndOthersAreNamed() throws IOException {
        Path file = write("two-sheets.xlsx", wb -> {
            for (String name : new String[] {"嘉定", "松江"}) {
                Sheet s = wb.createSheet(name);
                header(s);
                data(s.createRow(1), name);
            }
            Sheet notes = wb.createSheet("说明");
            notes.createRow(0).createCell(0).setCellValue("请按表头填写");
            Sheet other = wb.createSheet("统计");
            other.createRow(0).createCell(0).setCellValue("合计");
            other.createRow(1).createCell(0).setCellValue("123");
        });
        List<SourceItem> items = readAll(file);
        assertThat(rows(items)).extracting(r -> r.source().sheet()).containsExactly("嘉定", "松江");
        assertThat(problems(items)).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Rule.SHEET_UNRECOGNISED);
            assertThat(p.sheet()).isEqualTo("统计");
            assertThat(p.message()).contains("统计", "2行");
            // a sheet that is no filing holds no filing rows: none is counted as rejected
            assertThat(p.rowsRejected()).isZero();
        });
    }

    @Test
    void aMissingColumnRejectsThatSheetOnly() throws IOException {
        Path file = write("missing.xlsx", wb -> {
            Sheet good = wb.createSheet("好");
            header(good);
            data(good.createRow(1), "好");
            Sheet bad = wb.createSheet("缺列");
            Row h = bad.createRow(0);
            String[] partial = {"年度", "主管部门", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"};
            for (int i = 0; i < partial.length; i++) {
                h.createCell(i).setCellValue(partial[i]);
            }
            bad.createRow(1).createCell(0).setCellValue(2025);
        });
        List<SourceItem> items = readAll(file);
        assertThat(rows(items)).hasSize(1);
        assertThat(problems(items)).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Rule.COLUMN_MISSING);
            assertThat(p.sheet()).isEqualTo("缺列");
            assertThat(p.message()).contains("年度资金申请总额");
            assertThat(p.rowsRejected()).isEqualTo(1);
        });
    }

    @Test
    void anXlsxThatIsReallyTextIsRejectedPlainly() throws IOException {
        assertThat(problems(readAll(fixture("text-named.xlsx")))).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Rule.FILE_UNREADABLE);
            assertThat(p.message()).contains(".xlsx");
        });
    }

    @Test
    void anOldXlsIsAskedToBeSavedAsXlsx() throws IOException {
        Path file = dir.resolve("old.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("a").createRow(0).createCell(0).setCellValue("年度");
            wb.write(out);
        }
        assertThat(problems(readAll(file))).singleElement().satisfies(p -> assertThat(p.message()).contains("另存为 .xlsx"));
    }

    @Test
    void aWorkbookWithBrokenSharedStringsIsRejectedSayingWhich() throws IOException {
        Path good = write("good.xlsx", wb -> {
            Sheet s = wb.createSheet("申报");
            header(s);
            data(s.createRow(1), "项目");
        });
        Path broken = dir.resolve("broken.xlsx");
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(good));
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(broken))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                byte[] content = in.readAllBytes();
                out.write(e.getName().equals("xl/sharedStrings.xml")
                        ? "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>年度</si>"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        : content);
                out.closeEntry();
            }
        }
        assertThat(problems(readAll(broken))).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Rule.FILE_UNREADABLE);
            assertThat(p.message()).contains("sharedStrings.xml");
        });
    }

    @Test
    void anEmptyWorkbookSaysSo() throws IOException {
        Path file = write("empty.xlsx", wb -> wb.createSheet("Sheet1"));
        assertThat(problems(readAll(file))).singleElement().satisfies(p -> assertThat(p.rule()).isEqualTo(Rule.FILE_EMPTY));
    }

    private static void header(Sheet s) {
        Row h = s.createRow(0);
        for (int i = 0; i < HEADER.length; i++) {
            h.createCell(i).setCellValue(HEADER[i]);
        }
    }

    private static void data(Row r, String project) {
        String[] v = {"2025", "中共上海市嘉定区委组织部", project, "2025-01-01", "100000", "100000", "产出指标", "数量指标", "次数", "≥1次"};
        for (int i = 0; i < v.length; i++) {
            r.createCell(i).setCellValue(v[i]);
        }
    }

    private interface Filler {
        void fill(Workbook wb) throws IOException;
    }

    private Path write(String name, Filler filler) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            filler.fill(wb);
            wb.write(out);
        }
        return file;
    }
}
