package org.jixiao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.ingest.SourceItems.problems;
import static org.jixiao.ingest.SourceItems.readAll;
import static org.jixiao.ingest.SourceItems.rows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.filing.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unusual and damaged workbooks: a bad cell is a bad cell, never the end of its sheet; nothing hidden is read in silence. */
class XlsxDamageTest {

    private static final String[] HEADER = {"年度", "主管部门", "项目名称", "年度资金申请总额", "一级指标", "二级指标", "三级指标", "指标值"};

    @TempDir
    Path dir;

    private static String[] row(int n) {
        return new String[] {"2025", "部门甲", "项目" + (n / 10), "1000", "产出指标", "数量指标", "指标" + n, "≥1(次)"};
    }

    /** The header and {@code n} data rows, row {@code special} (1-based data row) replaced by {@code replacement}. */
    private static String[][] table(int n, int special, String[] replacement) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int k = 1; k <= n; k++) {
            rows.add(k == special ? replacement : row(k));
        }
        return rows.toArray(String[][]::new);
    }

    private static int rejected(List<SourceItem> items) {
        return problems(items).stream().mapToInt(SourceProblem::rowsRejected).sum();
    }

    private static String[] withCell(int column, String rawCell) {
        String[] r = row(5).clone();
        r[column] = "#" + rawCell;
        return r;
    }

    @Test
    void anInfiniteNumberIsABadCellAndTheSheetReadsOn() throws IOException {
        Path file = RawXlsx.workbook().sheet("明细", table(30, 5, withCell(3, "<c r=\"@\"><v>1e309</v></c>"))).write(dir.resolve("inf.xlsx"));
        List<SourceItem> items = readAll(file);
        assertThat(rows(items)).hasSize(29);
        assertThat(rejected(items)).isEqualTo(1);
        assertThat(problems(items)).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(6);
            assertThat(p.message()).contains("第6行", "D列", "1e309").doesNotContain("XML");
        });
    }

    @Test
    void notANumberIsABadCellAndTheSheetReadsOn() throws IOException {
        Path file = RawXlsx.workbook().sheet("明细", table(30, 5, withCell(3, "<c r=\"@\"><v>NaN</v></c>"))).write(dir.resolve("nan.xlsx"));
        List<SourceItem> items = readAll(file);
        assertThat(rows(items)).hasSize(29);
        assertThat(rejected(items)).isEqualTo(1);
    }

    @Test
    void aSharedStringThatIsNotThereIsABadCellAndTheSheetReadsOn() throws IOException {
        Path file = RawXlsx.workbook().sharedStrings("部门甲").sheet("明细", table(30, 5, withCell(1, "<c r=\"@\" t=\"s\"><v>99</v></c>")))
                .write(dir.resolve("sst.xlsx"));
        List<SourceItem> items = readAll(file);
        assertThat(rows(items)).hasSize(29);
        assertThat(rejected(items)).isEqualTo(1);
    }

    @Test
    void aStringOfMillionsOfCharactersIsReadAndTheSheetReadsOn() throws IOException {
        StringBuilder text = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 2_000_000; i++) {
            text.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        String giant = text.toString();
        Path file = RawXlsx.workbook().sheet("明细", table(30, 5, withCell(6, "<c r=\"@\" t=\"inlineStr\"><is><t>" + giant + "</t></is></c>")))
                .write(dir.resolve("giant.xlsx"));
        List<SourceItem> items = readAll(file);
        assertThat(problems(items)).isEmpty();
        assertThat(rows(items)).hasSize(30);
        assertThat(rows(items).get(4).get(Column.三级指标)).hasSizeGreaterThan(10_000).hasSizeLessThanOrEqualTo(32_768);
    }

    @Test
    void aCellThatInflatesLikeABombEndsItsSheetSayingSoInChinese() throws IOException {
        Path file = RawXlsx.workbook().sheet("明细", table(30, 5, withCell(6, "<c r=\"@\" t=\"inlineStr\"><is><t>" + "长".repeat(2_000_000)
                + "</t></is></c>"))).write(dir.resolve("bomb.xlsx"));
        List<SourceItem> items = readAll(file);
        assertThat(problems(items)).singleElement().satisfies(p -> assertThat(p.message()).contains("压缩炸弹").doesNotContain("Zip"));
    }

    @Test
    void aFormulaErrorIsABadCell() throws IOException {
        Path file = RawXlsx.workbook().sheet("明细", table(10, 5, withCell(3, "<c r=\"@\" t=\"e\"><v>#REF!</v></c>"))).write(dir.resolve("err.xlsx"));
        List<SourceItem> items = readAll(file);
        assertThat(rows(items)).hasSize(9);
        assertThat(problems(items)).singleElement().satisfies(p -> assertThat(p.message()).contains("#REF!"));
    }

    @Test
    void aHiddenSheetIsNotReadAndIsNamed() throws IOException {
        Path file = RawXlsx.workbook().sheet("明细", table(3, 0, null)).sheet("旧版-作废", "hidden", table(3, 0, null))
                .write(dir.resolve("hidden-sheet.xlsx"));
        List<SourceItem> items = readAll(file);
        assertThat(rows(items)).hasSize(3).allSatisfy(r -> assertThat(r.source().sheet()).isEqualTo("明细"));
        assertThat(problems(items)).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("旧版-作废");
            assertThat(p.message()).contains("隐藏", "未读取");
            assertThat(p.rule().severity().name()).isEqualTo("问题");
        });
    }

    @Test
    void hiddenRowsAreReadAndListed() throws IOException {
        Path file = RawXlsx.workbook().sheetXml("明细", null, RawXlsx.rowsXml(table(6, 0, null), Set.of(3, 4)))
                .write(dir.resolve("hidden-rows.xlsx"));
        List<SourceItem> items = readAll(file);
        assertThat(rows(items)).hasSize(6);
        assertThat(problems(items)).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("第3、4行", "隐藏");
            assertThat(p.rowsRejected()).isZero();
        });
    }

    @Test
    void aHeaderOverTwoRowsWithAMergedGroupNamesTheColumnsByTheChildren() throws IOException {
        String[][] rows = {
            {"年度", "主管部门", "项目名称", "年度资金申请总额", "项目资金（元）", "", "", "一级指标", "二级指标", "三级指标", "指标值"},
            {"", "", "", "", "当年财政拨款", "上年结转资金", "年度其他资金"},
            {"2025", "部门甲", "项目", "1000", "600", "300", "100", "产出指标", "数量指标", "指标", "≥1(次)"}};
        String xml = "<sheetData>" + RawXlsx.rowsXml(rows, null) + "</sheetData>"
                + "<mergeCells count=\"2\"><mergeCell ref=\"E1:G1\"/><mergeCell ref=\"A1:A2\"/></mergeCells>";
        List<SourceItem> items = readAll(RawXlsx.workbook().sheetXml("明细", null, xml).write(dir.resolve("two-rows.xlsx")));
        assertThat(problems(items)).isEmpty();
        assertThat(rows(items)).singleElement().satisfies(r -> {
            assertThat(r.source().row()).isEqualTo(3);
            assertThat(r.get(Column.当年财政拨款)).isEqualTo("600");
            assertThat(r.get(Column.年度其他资金)).isEqualTo("100");
        });
    }

    @Test
    void controlCharactersAreTakenOutOfCellsAndSaid() throws IOException {
        String[] r = row(2).clone();
        // Excel writes a control character in a shared string as _x0000_
        r[1] = "#<c r=\"@\" t=\"s\"><v>0</v></c>";
        Path file = RawXlsx.workbook().sharedStrings("部门_x0000_甲").sheet("明细", table(3, 2, r)).write(dir.resolve("ctl.xlsx"));
        List<SourceItem> items = readAll(file);
        assertThat(rows(items)).hasSize(3).allSatisfy(x -> assertThat(x.get(Column.主管部门)).isEqualTo("部门甲"));
        assertThat(problems(items)).singleElement().satisfies(p -> assertThat(p.message()).contains("第3行", "控制字符"));
    }

    // shrunk from the fuzzer's mutants (MutationFuzzTest, seed 15): m0048 [bad-ref], m0189 [part-drop]

    @Test
    void aHeaderCellWithAnImpossibleReferenceIsAnErrorAndTheRowsAreStillCounted() throws IOException {
        String[][] rows = table(5, 0, null);
        rows[0] = rows[0].clone();
        rows[0][0] = "#<c r=\"ZZZZZZ1\" t=\"inlineStr\"><is><t>年度</t></is></c>";
        List<SourceItem> items = readAll(RawXlsx.workbook().sheet("明细", rows).write(dir.resolve("bad-ref.xlsx")));
        assertThat(rows(items)).isEmpty();
        assertThat(problems(items)).singleElement().satisfies(p -> {
            assertThat(p.rule().severity().name()).isEqualTo("错误");
            assertThat(p.rowsRejected()).isEqualTo(5);
            assertThat(p.message()).contains("年度", "「ZZZZZZ1」");
        });
    }

    @Test
    void aWorkbookWithoutTheStylesPartItNamesIsRefusedSayingWhich() throws IOException {
        Path file = RawXlsx.workbook().sheet("明细", table(3, 0, null))
                .part("xl/_rels/workbook.xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                        + "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId9\" "
                        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                        + "</Relationships>").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .write(dir.resolve("no-styles.xlsx"));
        assertThat(problems(readAll(file))).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("样式部分", "整个文件未导入");
            assertThat(p.message()).doesNotContainPattern("[A-Za-z]{4,}Exception");
        });
    }
}
