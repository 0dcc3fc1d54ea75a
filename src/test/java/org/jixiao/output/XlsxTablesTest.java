package org.jixiao.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.filing.Table;
import org.jixiao.filing.TableColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An XLSX a clerk can read and print: columns as wide as their content, wrapped past a cap, A4 landscape, header on every page. */
class XlsxTablesTest {

    @TempDir
    Path dir;

    private static final String DEPARTMENT = "中共上海市松江区区级机关工作委员会";
    private static final String MESSAGE = "得分与完成情况不符（第87行「得分」）：实际完成值「及时」对照指标值「及时」为达成，"
            + "得分率应在80.00%–100%，填报得分 4/7（57.14%，三级指标「体检时间为每年3至11月」）";

    private XSSFSheet written(XSSFWorkbook[] keep) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(new Object[] {DEPARTMENT, new BigDecimal("20743990.00"), MESSAGE, i});
        }
        Table t = Table.of("问题清单", List.of(TableColumn.text("主管部门"), TableColumn.money("年度资金申请总额(元)"),
                TableColumn.text("说明"), TableColumn.integer("序号")), rows);
        Path file = dir.resolve("t.xlsx");
        XlsxTables.write(new OutputFolder(dir), file, List.of(t), LocalDate.of(2026, 11, 21));
        try (InputStream in = Files.newInputStream(file)) {
            keep[0] = new XSSFWorkbook(in);
        }
        return keep[0].getSheetAt(0);
    }

    @Test
    void columnsAreAsWideAsTheirContentUpToACapBeyondWhichTextWraps() throws Exception {
        XSSFWorkbook[] wb = new XSSFWorkbook[1];
        XSSFSheet sheet = written(wb);
        int department = sheet.getColumnWidth(0) / 256;
        assertThat(department).as("17 hanzi, two widths each").isBetween(34, 40);
        assertThat(sheet.getColumnWidth(1) / 256).as("20,743,990.00").isBetween(13, 20);
        assertThat(sheet.getColumnWidth(2) / 256).as("a long message, capped").isEqualTo(ColumnWidths.MAX);
        assertThat(sheet.getRow(1).getCell(2).getCellStyle().getWrapText()).isTrue();
        assertThat(sheet.getColumnWidth(3) / 256).as("a short number column keeps room for its header").isBetween(4, 12);
        wb[0].close();
    }

    @Test
    void printedOnA4LandscapeAsWideAsThePageWithTheHeaderOnEveryPageFrozenAndFiltered() throws Exception {
        XSSFWorkbook[] wb = new XSSFWorkbook[1];
        XSSFSheet sheet = written(wb);
        PrintSetup print = sheet.getPrintSetup();
        assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(print.getLandscape()).isTrue();
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(print.getFitWidth()).isEqualTo((short) 1);
        assertThat(print.getFitHeight()).isEqualTo((short) 0);
        assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D301");
        wb[0].close();
    }

    @Test
    void textNumbersAndFormatsReadBackAsWritten() throws Exception {
        String awkward = " 前有空格，<标记> & \"引号\"，_x0041_ 不是转义，控制字符\u0007与表情\uD83D\uDE00";
        Table t = Table.of("汇总 [2025]", List.of(TableColumn.text("文字"), TableColumn.money("金额(元)"), TableColumn.percent("执行率"),
                TableColumn.score("得分"), TableColumn.wan("万元")),
                List.<Object[]>of(new Object[] {awkward, new BigDecimal("8023150.00"), new BigDecimal("0.9963"), new BigDecimal("92.5"),
                        new BigDecimal("802.32")}, new Object[] {"=1+1", null, null, null, null}));
        Path file = dir.resolve("t.xlsx");
        XlsxTables.write(new OutputFolder(dir), file, List.of(t, Table.of("空表", List.of(), List.of())), LocalDate.of(2026, 11, 21));
        byte[] first = Files.readAllBytes(file);
        XlsxTables.write(new OutputFolder(dir), file, List.of(t, Table.of("空表", List.of(), List.of())), LocalDate.of(2026, 11, 21));
        assertThat(Files.readAllBytes(file)).as("the same tables and date, the same bytes").isEqualTo(first);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("汇总 _2025_");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("文字");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).as("a control character is carried as _x0007_")
                    .isEqualTo(awkward);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(8023150.00);
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(sheet.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.##");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(802.32);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("=1+1");
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).as("text that would run as a formula").isTrue();
            assertThat(sheet.getRow(2).getCell(1)).isNull();
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("空表");
            assertThat(wb.getProperties().getCoreProperties().getCreator()).isEqualTo("jixiao");
        }
    }
}
