package org.jixiao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.ingest.SourceItems.fixture;
import static org.jixiao.ingest.SourceItems.problems;
import static org.jixiao.ingest.SourceItems.readAll;
import static org.jixiao.ingest.SourceItems.rows;

import java.io.IOException;
import java.util.List;
import org.jixiao.filing.Column;
import org.jixiao.filing.Kind;
import org.jixiao.findings.Rule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvRowSourceTest {

    @Nested
    class Encodings {

        @ParameterizedTest
        @ValueSource(strings = {"gb18030-bom-less.csv", "utf8-bom.csv", "utf8-bom-less.csv"})
        void readsTheSameRowsWhateverTheEncoding(String name) throws IOException {
            List<RawRow> rows = rows(readAll(fixture(name)));
            assertThat(rows).hasSize(2);
            RawRow first = rows.get(0);
            assertThat(first.kind()).isEqualTo(Kind.TARGETS);
            assertThat(first.get(Column.年度)).isEqualTo("2025");
            assertThat(first.get(Column.主管部门)).isEqualTo("中共上海市松江区委组织部");
            assertThat(first.get(Column.年度资金申请总额)).isEqualTo("2,030,000.00");
            assertThat(first.get(Column.指标值)).isEqualTo("≥2.00(次)");
            assertThat(rows.get(1).get(Column.指标值)).isEqualTo("≥95.00(%)");
        }

        @Test
        void numbersRowsAsASpreadsheetShowsThem() throws IOException {
            List<RawRow> rows = rows(readAll(fixture("utf8-bom.csv")));
            assertThat(rows).extracting(r -> r.source().row()).containsExactly(2, 3);
            assertThat(rows.get(0).source().file()).isEqualTo("utf8-bom.csv");
        }
    }

    @Test
    void aFileThatChangesEncodingHalfwayIsReportedFromThatRow(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        byte[] utf8 = java.nio.file.Files.readAllBytes(fixture("utf8-bom-less.csv"));
        byte[] gbRow = "2025,中共上海市松江区委组织部,党建工作,1,1,0,0,产出指标,数量指标,第三行,≥1(次)\r\n".getBytes(
                java.nio.charset.Charset.forName("GB18030"));
        java.nio.file.Path mixed = dir.resolve("mixed.csv");
        java.nio.file.Files.write(mixed, java.util.Arrays.copyOf(utf8, utf8.length + gbRow.length));
        byte[] all = java.nio.file.Files.readAllBytes(mixed);
        System.arraycopy(gbRow, 0, all, utf8.length, gbRow.length);
        java.nio.file.Files.write(mixed, all);
        List<SourceItem> items = readAll(mixed);
        assertThat(rows(items)).hasSize(2);
        assertThat(problems(items)).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Rule.ROW_UNREADABLE);
            assertThat(p.message()).contains("第4行", "UTF-8");
            assertThat(p.rowsRejected()).isEqualTo(1);
        });
    }

    @Test
    void anAsciiTitleAboveAGb18030HeaderIsStillGb18030(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path file = dir.resolve("title.csv");
        String text = "Export 2025\r\n" + "x".repeat(70_000) + "\r\n"
                + new String(java.nio.file.Files.readAllBytes(fixture("utf8-bom-less.csv")), java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Files.write(file, text.getBytes(java.nio.charset.Charset.forName("GB18030")));
        assertThat(rows(readAll(file))).hasSize(2).allSatisfy(r -> assertThat(r.get(Column.主管部门)).isEqualTo("中共上海市松江区委组织部"));
    }

    @Test
    void goalsMaySpanLinesInsideQuotes() throws IOException {
        List<RawRow> rows = rows(readAll(fixture("multiline-goal.csv")));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get(Column.年度总体目标)).isEqualTo("第一行目标，含逗号,和\"引号\"。\r\n第二行目标继续。");
        assertThat(rows.get(1).source().row()).isEqualTo(3);
    }

    /**
     * Flat files repeat the project columns on every row; a repeated cell is taken once and shared,
     * and each row still reads as filed and normalised, whatever the rows around it say.
     */
    /**
     * An amount written without quotes (2,030,000.00) splits into three cells and moves every cell after
     * it: read as it stands, 年度资金申请总额 would be 2 元. Such a row, and any row with more cells than
     * the header, is rejected on its own with its row and where it runs past the header.
     */
    @Test
    void aRowWithMoreCellsThanTheHeaderIsRejectedOnItsOwn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path file = dir.resolve("unquoted.csv");
        java.nio.file.Files.writeString(file, "年度,主管部门,项目名称,年度资金申请总额,一级指标,二级指标,三级指标,指标值\n"
                + "2025,部门甲,党建工作,\"2,030,000.00\",产出指标,数量指标,指标一,≥1(次)\n"
                + "2025,部门甲,党建工作,2,030,000.00,产出指标,数量指标,指标二,≥1(次)\n"
                + "2025,部门甲,党建工作,2,030,000.00,产出指标,数量指标,,\n"
                + "2025,部门甲,党建工作,\"2,030,000.00\",产出指标,数量指标,指标四,≥1(次),备注\n"
                + "2025,部门甲,党建工作,\"2,030,000.00\",产出指标,数量指标,指标五,≥1(次),\n", java.nio.charset.StandardCharsets.UTF_8);
        List<SourceItem> items = readAll(file);
        assertThat(rows(items)).extracting(r -> r.get(Column.三级指标)).containsExactly("指标一");
        assertThat(problems(items)).extracting(SourceProblem::row).containsExactly(3, 4, 5, 6);
        assertThat(problems(items)).allSatisfy(p -> {
            assertThat(p.rule()).isEqualTo(Rule.ROW_TOO_WIDE);
            assertThat(p.rowsRejected()).isEqualTo(1);
            assertThat(p.message()).contains("多于表头的8个", "该行未导入", "未加英文双引号");
        });
        // where the row runs past the header: its first cell beyond it with text, else the first cell beyond it
        assertThat(problems(items)).extracting(SourceProblem::column).containsExactly("I", "I", "I", "I");
        assertThat(problems(items).get(0).message()).contains("第3行有10个单元格");
    }

    @Test
    void repeatedCellsReadTheSameOnEveryRow(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path file = dir.resolve("repeats.csv");
        java.nio.file.Files.writeString(file, "年度,主管部门,项目名称,年度资金申请总额,一级指标,二级指标,三级指标,指标值\n"
                + "2025,部门甲, 党建工作 ,100,产出指标,数量指标,指标一,≥1(次)\n"
                + "2025,部门甲, 党建工作 ,100,产出指标,数量指标,指标二,≥1(次)\n"
                + "2025,部门甲,党建工作,100,产出指标,数量指标,指标二,\n"
                + "2025,部门甲, 党建工作 ,100,产出指标,数量指标, ,≥1(次)\n"
                + "2025,部门甲,\uFFFD建工作,100,产出指标,数量指标,指标三,≥1(次)\n"
                + "2025,部门甲,\uFFFD建工作,100,产出指标,数量指标,指标四,≥1(次)\n", java.nio.charset.StandardCharsets.UTF_8);
        List<SourceItem> items = readAll(file);
        List<RawRow> rows = rows(items);
        assertThat(rows).extracting(r -> r.get(Column.项目名称)).containsExactly("党建工作", "党建工作", "党建工作", "党建工作");
        assertThat(rows).extracting(r -> r.get(Column.三级指标)).containsExactly("指标一", "指标二", "指标二", null);
        assertThat(rows).extracting(r -> r.get(Column.指标值)).containsExactly("≥1(次)", "≥1(次)", null, "≥1(次)");
        assertThat(rows.get(1).get(Column.年度资金申请总额)).isSameAs(rows.get(0).get(Column.年度资金申请总额));
        assertThat(problems(items)).extracting(SourceProblem::row).containsExactly(6, 7);
    }

    @Test
    void headersMatchAfterNormalisation() throws IOException {
        List<SourceItem> items = readAll(fixture("title-row-and-odd-headers.csv"));
        List<RawRow> rows = rows(items);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get(Column.年度)).isEqualTo("2025年度");
            assertThat(r.get(Column.年度资金申请总额)).isEqualTo("2030000");
            assertThat(r.get(Column.二级指标)).isEqualTo("数量指标");
            assertThat(r.get(Column.指标值)).isEqualTo("≥2.00(次)");
            assertThat(r.source().row()).isEqualTo(3);
        });
        assertThat(problems(items)).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Rule.COLUMN_UNKNOWN);
            assertThat(p.message()).contains("备注");
            assertThat(p.rowsRejected()).isZero();
        });
    }

    @Test
    void aMissingRequiredColumnRejectsTheFileWithOneMessageNamingIt() throws IOException {
        List<SourceItem> items = readAll(fixture("missing-amount-column.csv"));
        assertThat(rows(items)).isEmpty();
        assertThat(problems(items)).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Rule.COLUMN_MISSING);
            assertThat(p.column()).isEqualTo("年度资金申请总额");
            assertThat(p.message()).contains("年度资金申请总额");
            assertThat(p.rowsRejected()).isEqualTo(2);
        });
    }

    @Test
    void anEmptyFileSaysSo() throws IOException {
        assertThat(problems(readAll(fixture("empty.csv")))).singleElement()
                .satisfies(p -> assertThat(p.rule()).isEqualTo(Rule.FILE_EMPTY));
        assertThat(problems(readAll(fixture("header-only.csv")))).singleElement()
                .satisfies(p -> assertThat(p.rule()).isEqualTo(Rule.FILE_EMPTY));
    }

    @Test
    void aCsvThatIsNoFilingIsRejectedWithItsRowsCounted() throws IOException {
        assertThat(problems(readAll(fixture("not-a-filing.csv")))).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Rule.HEADER_UNRECOGNISED);
            assertThat(p.rowsRejected()).isEqualTo(3);
        });
    }

    @Test
    void binaryContentIsNotReadAsText() throws IOException {
        assertThat(problems(readAll(fixture("binary.csv")))).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Rule.FILE_UNREADABLE);
            assertThat(p.message()).contains("二进制");
        });
    }
}
