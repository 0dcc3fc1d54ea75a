package org.jixiao.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.filing.Table;
import org.jixiao.filing.TableColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TablesTest {

    @TempDir
    Path dir;

    private final Table table = Table.of("测试", List.of(TableColumn.text("主管部门"), TableColumn.money("金额(元)"),
            TableColumn.percent("执行率"), TableColumn.score("得分"), TableColumn.integer("项目数")), List.of(
            new Object[] {"=HYPERLINK(\"http://x\")", new BigDecimal("2030000"), new BigDecimal("0.99995"), new BigDecimal("95.5"), 7},
            new Object[] {"+1", new BigDecimal("0.5"), null, null, 0},
            new Object[] {"-2", null, null, null, null},
            new Object[] {"@cmd", null, null, null, null},
            new Object[] {"含,逗号和\"引号\"\n换行", null, null, null, null}));

    @Test
    void csvIsUtf8WithBomAndNeutralisesFormulas() throws IOException {
        OutputFolder out = new OutputFolder(dir);
        CsvTables.write(out, out.resolve("t.csv"), table);
        byte[] bytes = Files.readAllBytes(dir.resolve("t.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(csv.split("\r\n")).startsWith(
                "主管部门,金额(元),执行率(%),得分,项目数",
                "'=HYPERLINK(\"\"http://x\"\"),2030000.00,100.00,95.5,7".replace("'=HYPERLINK(\"\"http://x\"\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
                "'+1,0.50,,,0",
                "'-2,,,,",
                "'@cmd,,,,");
        assertThat(csv).contains("\"含,逗号和\"\"引号\"\"\n换行\"");
    }

    @Test
    void csvQuotesOnlyACellWithACommaAQuoteOrALineBreak() throws IOException {
        Table cells = Table.of("引号", List.of(TableColumn.text("甲"), TableColumn.text("乙")), List.of(
                new Object[] {"带 空格", " 前后空格 "},
                new Object[] {"制表\t符", "#井号"},
                new Object[] {"", null},
                new Object[] {"回车\r符", "分号;不算"},
                new Object[] {"!叹号", "a\"b"}));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        CsvTables.writeTo(out, cells);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF甲,乙\r\n带 空格, 前后空格 \r\n制表\t符,#井号\r\n,\r\n"
                + "\"回车\r符\",分号;不算\r\n!叹号,\"a\"\"b\"\r\n");
    }

    @Test
    void xlsxKeepsNumbersAsNumbersAndFormulaLikeTextAsText() throws IOException {
        OutputFolder out = new OutputFolder(dir);
        XlsxTables.write(out, out.resolve("t.xlsx"), List.of(table), java.time.LocalDate.of(2026, 11, 21));
        try (InputStream in = Files.newInputStream(dir.resolve("t.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("测试");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("主管部门");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            var formulaLike = s.getRow(1).getCell(0);
            assertThat(formulaLike.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaLike.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(formulaLike.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(s.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2030000d);
            assertThat(s.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(s.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
        }
    }
}
