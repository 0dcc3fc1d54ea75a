package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A night of bad filings: nothing crashes, nothing is lost. Every rejected file or project is named
 * with file, row and column and a reason in Chinese, and per file rows read = imported + rejected.
 */
class BadInputTest {

    @TempDir
    static Path input;
    @TempDir
    static Path output;
    static int exitCode;
    static List<Map<String, String>> findings;

    private static final String HEADER = "年度,主管部门,项目名称,年度资金申请总额,一级指标,二级指标,三级指标,指标值\n";

    private static String row(String department, String project, String amount, String level3) {
        return "2025," + department + "," + project + "," + amount + ",产出指标,数量指标," + level3 + ",≥1(次)\n";
    }

    @BeforeAll
    static void runOnBadFilings() throws IOException {
        write("good.csv", HEADER + row("中共上海市某区委组织部", "好项目", "100000", "开展活动") + row("中共上海市某区委组织部", "好项目", "100000", "参与人数"));
        write("missing-column.csv", "年度,主管部门,项目名称,一级指标,二级指标,三级指标,指标值\n2025,部门甲,项目,产出指标,数量指标,x,≥1(次)\n");
        write("money-abc.csv", HEADER + row("部门乙", "金额有误", "abc", "次数") + row("部门乙", "金额正常", "5000", "次数"));
        write("conflict.csv", HEADER + row("部门丙", "冲突项目", "100", "a") + row("部门丙", "冲突项目", "200", "b"));
        write("dup-1.csv", HEADER + row("部门丁", "重复项目", "100", "a"));
        write("dup-2.csv", HEADER + row("部门丁", "重复项目", "100", "b"));
        // rows of one project interrupted by another's: put together again, not taken for two projects
        write("interleaved.csv", HEADER + row("部门戊", "穿插项目", "100", "a") + row("部门戊", "中间项目", "100", "b")
                + row("部门戊", "穿插项目", "100", "c"));
        write("interleaved-conflict.csv", HEADER + row("部门己", "前后矛盾", "100", "a") + row("部门己", "中间项目", "100", "b")
                + row("部门己", "前后矛盾", "200", "c"));
        // an amount without quotes splits into cells and moves the rest of its row: never read as 2 元
        write("unquoted.csv", HEADER + row("部门庚", "未加引号", "\"2,030,000.00\"", "次数") + row("部门庚", "未加引号", "2,030,000.00", "人数"));
        // 项目名称 left blank on every row of the second project: one E03 for it, the first project untouched
        write("nameless.csv", HEADER + row("部门辛", "有名项目", "100", "a") + row("部门辛", "有名项目", "100", "b")
                + row("部门辛", "", "300", "c") + row("部门辛", "", "300", "d") + row("部门辛", "", "300", "e"));
        write("empty.csv", "");
        Files.write(input.resolve("not-csv.csv"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 5});
        write("text.xlsx", "I am not a workbook");
        write("formula.csv", HEADER + row("=cmd|' /C calc'!A0", "+注入", "100", "@SUM(1)"));
        write("traversal.csv", HEADER + row("../../逃逸部门", "项目", "100", "次数"));
        exitCode = RunOutputs.run(input, output);
        findings = RunOutputs.csv(output.resolve("问题清单.csv"));
    }

    private static void write(String name, String content) throws IOException {
        Files.writeString(input.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Map<String, String> finding(String file, String rule) {
        return findings.stream().filter(f -> f.get("文件").equals(file) && f.get("规则编号").equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " finding for " + file + " in " + findings));
    }

    @Test
    void theRunFinishesAndSaysFilingsWereRejected() {
        assertThat(exitCode).isEqualTo(ExitCode.REJECTIONS.code());
    }

    @Test
    void everyBadInputIsNamedWithItsPlaceAndAReason() {
        assertThat(finding("missing-column.csv", "F04")).containsEntry("列", "年度资金申请总额").containsEntry("严重程度", "错误");
        assertThat(finding("money-abc.csv", "E04")).containsEntry("行", "2").containsEntry("列", "年度资金申请总额")
                .containsEntry("项目名称", "金额有误").satisfies(f -> assertThat(f.get("说明")).contains("abc", "不是金额"));
        assertThat(finding("conflict.csv", "E06").get("说明")).contains("第2行", "100", "第3行", "200");
        assertThat(finding("dup-2.csv", "E07").get("说明")).contains("dup-1.csv", "第2行");
        assertThat(finding("interleaved-conflict.csv", "E06")).containsEntry("行", "4")
                .satisfies(f -> assertThat(f.get("说明")).contains("第2行", "100", "第4行", "200"));
        assertThat(finding("empty.csv", "F02").get("说明")).contains("空");
        assertThat(finding("unquoted.csv", "F07")).containsEntry("行", "3").containsEntry("列", "I").containsEntry("严重程度", "错误")
                .satisfies(f -> assertThat(f.get("说明")).contains("多于表头", "未加英文双引号"));
        assertThat(finding("not-csv.csv", "F01").get("说明")).contains("不是文本");
        assertThat(finding("text.xlsx", "F01").get("说明")).contains("不是有效的 Excel");
    }

    @Test
    void aProjectWithoutANameIsRejectedOnceAndTheProjectAboveIsKept() throws IOException {
        assertThat(findings).filteredOn(f -> f.get("文件").equals("nameless.csv") && f.get("严重程度").equals("错误"))
                .singleElement().satisfies(f -> assertThat(f).containsEntry("规则编号", "E03").containsEntry("行", "4"));
        assertThat(RunOutputs.csv(output.resolve("2025/汇总数据/绩效目标-项目.csv"))).extracting(p -> p.get("项目名称")).contains("有名项目");
    }

    @Test
    void goodProjectsBesideBadOnesAreImported() throws IOException {
        List<Map<String, String>> projects = RunOutputs.csv(output.resolve("2025/汇总数据/绩效目标-项目.csv"));
        assertThat(projects).extracting(p -> p.get("项目名称")).contains("好项目", "金额正常", "重复项目").doesNotContain("金额有误", "冲突项目");
    }

    @Test
    void aProjectWhoseRowsAreInterruptedIsOneProjectWithAllItsIndicators() throws IOException {
        List<Map<String, String>> projects = RunOutputs.csv(output.resolve("2025/汇总数据/绩效目标-项目.csv"));
        assertThat(projects).filteredOn(p -> p.get("项目名称").equals("穿插项目")).singleElement()
                .satisfies(p -> assertThat(p.get("指标数")).isEqualTo("2"));
        assertThat(findings).noneMatch(f -> f.get("文件").equals("interleaved.csv") && !f.get("严重程度").equals("提示"));
    }

    @Test
    void everyRowIsImportedOrRejected() throws IOException {
        JsonNode manifest = RunOutputs.manifest(output);
        for (JsonNode in : manifest.get("inputs")) {
            assertThat(in.get("rowsRead").asInt()).as(in.get("path").asString())
                    .isEqualTo(in.get("rowsImported").asInt() + in.get("rowsRejected").asInt());
        }
        assertThat(input(manifest, "money-abc.csv")).containsExactly(2, 1, 1);
        assertThat(input(manifest, "conflict.csv")).containsExactly(2, 0, 2);
        assertThat(input(manifest, "missing-column.csv")).containsExactly(1, 0, 1);
        assertThat(input(manifest, "dup-2.csv")).containsExactly(1, 0, 1);
        assertThat(input(manifest, "interleaved.csv")).containsExactly(3, 3, 0);
        assertThat(input(manifest, "interleaved-conflict.csv")).containsExactly(3, 1, 2);
        assertThat(input(manifest, "unquoted.csv")).containsExactly(2, 1, 1);
        assertThat(input(manifest, "nameless.csv")).containsExactly(5, 2, 3);
    }

    private static List<Integer> input(JsonNode manifest, String path) {
        for (JsonNode in : manifest.get("inputs")) {
            if (in.get("path").asString().equals(path)) {
                return List.of(in.get("rowsRead").asInt(), in.get("rowsImported").asInt(), in.get("rowsRejected").asInt());
            }
        }
        throw new AssertionError(path);
    }

    @Test
    void textFromTheDataCannotRunAsAFormula() throws IOException {
        String csv = Files.readString(output.resolve("2025/汇总数据/绩效目标-项目.csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains(",'=cmd|'/Ccalc'!A0,'+注入,");
        assertThat(csv).doesNotContain(",=cmd", ",+注入");
    }

    @Test
    void namesFromTheDataStayInsideTheOutputFolder() throws IOException {
        try (var files = Files.walk(output.getParent(), 1)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("逃逸"));
        }
        assertThat(RunOutputs.csv(output.resolve("2025/汇总数据/绩效目标-部门.csv"))).extracting(r -> r.get("主管部门"))
                .contains("../../逃逸部门");
    }

    /**
     * A 汇总表 whose sums leave out rejected projects says how many: 部门乙 filed two projects and
     * one was rejected; 市级 holds 部门乙, 部门丙 (its only project rejected), 部门丁, 部门己 and 部门辛 (a
     * project without a name).
     */
    @Test
    void aSummaryTableSaysHowManyRejectedProjectsItsSumsLeaveOut() throws IOException {
        String department = pdfText(output.resolve("2025/市级/部门乙/汇总表.pdf"));
        assertThat(department).contains("另有1个项目因填报错误被拒收，未计入上述数字，详见问题清单。");
        String good = pdfText(output.resolve("2025/市级/部门戊/汇总表.pdf"));
        assertThat(good).doesNotContain("被拒收");
        long rejectedInRegion = findings.stream()
                .filter(f -> f.get("严重程度").equals("错误") && !f.get("主管部门").isEmpty()
                        && !f.get("主管部门").contains("某区") && !f.get("主管部门").contains("逃逸"))
                .map(f -> f.get("主管部门") + "/" + f.get("项目名称") + "/" + f.get("文件")).distinct().count();
        assertThat(rejectedInRegion).isEqualTo(5);
        assertThat(pdfText(output.resolve("2025/市级/汇总表-市级.pdf"))).contains("另有5个项目因填报错误被拒收");
    }

    private static String pdfText(Path pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }
}
