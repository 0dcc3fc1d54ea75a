package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.ingest.RawXlsx;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Projects that vanished or were misread with exit 0 (issue 15): each is now refused, read right, or said. */
class MisreadProjectsNightTest {

    @TempDir
    static Path input;
    @TempDir
    static Path output;
    static int exitCode;
    static List<Map<String, String>> findings;

    private static final String[] TITLE = {"财政项目支出绩效目标申报表"};
    private static final String[] YEAR = {"（2025 年度）"};
    private static final String[] TABLE = {"", "一级指标", "二级指标", "三级指标", "年度(/项目)指标值"};
    private static final String[] FLAT = {"年度", "主管部门", "项目名称", "年度资金申请总额", "一级指标", "二级指标", "三级指标", "指标值"};

    private static String[][] form(String nameLabel, String department, String project) {
        return new String[][] {TITLE, YEAR, {nameLabel, project, "项目类别", "特定目标类"}, {"主管部门", department, "实施单位", department},
            {"项目资金 (元)", "项目资金总额:", "500", "年度资金申请总额:", "500"}, TABLE,
            {"绩效指标", "产出指标", "数量指标", "开展活动次数", "≥2(次)"}, {"", "", "质量指标", "验收合格率", "≥95(%)"}};
    }

    private static String[] flat(String department, String project, String level3) {
        return new String[] {"2025", department, project, "1000", "产出指标", "数量指标", level3, "≥1(次)"};
    }

    @BeforeAll
    static void runOnMisreadFilings() throws IOException {
        RawXlsx.workbook().sheet("项目甲", form("项目名", "部门甲", "标签损坏")).write(input.resolve("a-damaged-label.xlsx"));
        String[][] swapped = form("项目名称", "部门乙", "顺序颠倒");
        String[][] reordered = {swapped[0], swapped[1], swapped[5], swapped[6], swapped[7], swapped[2], swapped[3], swapped[4]};
        RawXlsx.workbook().sheet("项目乙", reordered).write(input.resolve("b-swapped-rows.xlsx"));
        Files.writeString(input.resolve("c-percent-score.csv"),
                "年度,主管部门,项目名称,全年预算数,全年执行数,资金分值,一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分\n"
                        + "2024,部门丙,百分比得分,100,100,10,产出指标,数量指标,活动次数,≥2(次),2次,90,100%\n", StandardCharsets.UTF_8);
        RawXlsx.workbook().sheet("明细", new String[][] {FLAT, flat("部门丁", "现行项目", "a")})
                .sheet("旧版-作废", "hidden", new String[][] {FLAT, flat("部门丁", "作废项目", "a")}).write(input.resolve("d-hidden-sheet.xlsx"));
        RawXlsx.workbook().sheetXml("明细", null, RawXlsx.rowsXml(new String[][] {FLAT, flat("部门戊", "隐藏行项目", "a"),
            flat("部门戊", "隐藏行项目", "b")}, Set.of(3))).write(input.resolve("e-hidden-rows.xlsx"));
        Files.writeString(input.resolve("f-two-row-header.csv"),
                "年度,主管部门,项目名称,年度资金申请总额,其中,,,一级指标,二级指标,三级指标,指标值\n"
                        + ",,,,当年财政拨款,上年结转资金,年度其他资金,,,,\n"
                        + "2025,部门己,两行表头,1000,600,300,100,产出指标,数量指标,活动次数,≥1(次)\n", StandardCharsets.UTF_8);
        RawXlsx.workbook().sheet("项目", form("项目名称", "部门庚", "复制的表")).sheet("项目 (2)", form("项目名称", "部门庚", "复制的表"))
                .write(input.resolve("g-copied-sheet.xlsx"));
        exitCode = RunOutputs.run(input, output);
        findings = RunOutputs.csv(output.resolve("问题清单.csv"));
    }

    private static List<Map<String, String>> of(String file) {
        return findings.stream().filter(f -> f.get("文件").equals(file)).toList();
    }

    private static List<Map<String, String>> targetProjects() throws IOException {
        return RunOutputs.csv(output.resolve("2025/汇总数据/绩效目标-项目.csv"));
    }

    @Test
    void aFormWhoseNameLabelIsDamagedIsARefusedProject() {
        assertThat(exitCode).isEqualTo(ExitCode.REJECTIONS.code());
        assertThat(of("a-damaged-label.xlsx")).anySatisfy(f -> {
            assertThat(f).containsEntry("严重程度", "错误").containsEntry("工作表", "项目甲");
            assertThat(f.get("说明")).contains("未能读取");
        });
    }

    @Test
    void aFormWhoseRowsAreSwappedIsARefusedProject() {
        assertThat(of("b-swapped-rows.xlsx")).anySatisfy(f -> assertThat(f).containsEntry("严重程度", "错误"));
    }

    @Test
    void aScoreWrittenAsAPercentageIsNeverReadAsPoints() throws IOException {
        assertThat(of("c-percent-score.csv")).anySatisfy(f -> {
            assertThat(f).containsEntry("严重程度", "错误").containsEntry("列", "得分");
            assertThat(f.get("说明")).contains("100%", "应填分数");
        });
        assertThat(Files.exists(output.resolve("2024/汇总数据/绩效自评-项目.csv"))
                ? RunOutputs.csv(output.resolve("2024/汇总数据/绩效自评-项目.csv")) : List.<Map<String, String>>of())
                .noneMatch(p -> p.get("项目名称").equals("百分比得分"));
    }

    @Test
    void aHiddenSheetIsNotImportedAndIsNamed() throws IOException {
        assertThat(targetProjects()).extracting(p -> p.get("项目名称")).contains("现行项目").doesNotContain("作废项目");
        assertThat(of("d-hidden-sheet.xlsx")).anySatisfy(f -> {
            assertThat(f).containsEntry("严重程度", "问题").containsEntry("工作表", "旧版-作废");
            assertThat(f.get("说明")).contains("隐藏");
        });
    }

    @Test
    void hiddenRowsAreImportedAndListed() throws IOException {
        assertThat(targetProjects()).filteredOn(p -> p.get("项目名称").equals("隐藏行项目")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("指标数", "2"));
        assertThat(of("e-hidden-rows.xlsx")).anySatisfy(f -> assertThat(f.get("说明")).contains("第3行", "隐藏"));
    }

    @Test
    void aHeaderOverTwoRowsKeepsItsChildColumnsAndIsNoProject() throws IOException {
        assertThat(of("f-two-row-header.csv")).noneMatch(f -> f.get("严重程度").equals("错误"));
        assertThat(targetProjects()).filteredOn(p -> p.get("项目名称").equals("两行表头")).singleElement().satisfies(p ->
                assertThat(p).containsEntry("当年财政拨款(元)", "600.00").containsEntry("上年结转资金(元)", "300.00")
                        .containsEntry("其他资金(元)", "100.00"));
    }

    @Test
    void theSameProjectTwiceInOneWorkbookIsE07NotMerged() throws IOException {
        assertThat(targetProjects()).filteredOn(p -> p.get("项目名称").equals("复制的表")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("指标数", "2"));
        assertThat(of("g-copied-sheet.xlsx")).anySatisfy(f -> {
            assertThat(f).containsEntry("规则编号", "E07").containsEntry("工作表", "项目 (2)");
            assertThat(f.get("说明")).contains("「项目」");
        });
    }

    @Test
    void everyRowIsImportedOrRejected() throws IOException {
        JsonNode manifest = RunOutputs.manifest(output);
        for (JsonNode in : manifest.get("inputs")) {
            assertThat(in.get("rowsRead").asInt()).as(in.get("path").asString())
                    .isEqualTo(in.get("rowsImported").asInt() + in.get("rowsRejected").asInt());
        }
    }
}
