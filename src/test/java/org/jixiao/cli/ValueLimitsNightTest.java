package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Values no budget holds (issue 15): each refuses its project with a 错误 at its cell, and the night
 * goes on and publishes; a project with every column at its limit goes through the store and out.
 */
class ValueLimitsNightTest {

    @TempDir
    static Path input;
    @TempDir
    static Path output;
    static RunOutputs.Said said;
    static List<Map<String, String>> findings;

    private static final String[] TARGETS = {"年度", "地区", "主管部门", "实施单位", "项目编码", "项目名称", "项目性质", "项目类别",
        "计划开始日期", "计划完成日期", "项目资金总额", "财政资金", "其他资金", "年度资金申请总额", "当年财政拨款", "上年结转资金", "年度其他资金",
        "项目总目标", "年度总体目标", "一级指标", "二级指标", "三级指标", "指标值"};
    private static final String[] SELF = {"年度", "主管部门", "项目名称", "年初预算数", "全年预算数", "全年执行数", "资金分值", "执行率",
        "资金得分", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "总分", "总得分"};

    private static Map<String, String> targets(String name) {
        Map<String, String> r = new LinkedHashMap<>();
        for (String c : TARGETS) {
            r.put(c, "");
        }
        r.put("年度", "2025");
        r.put("主管部门", "中共上海市某区委组织部");
        r.put("项目名称", name);
        r.put("年度资金申请总额", "1000");
        r.put("一级指标", "产出指标");
        r.put("二级指标", "数量指标");
        r.put("三级指标", "活动次数");
        r.put("指标值", "≥1(次)");
        return r;
    }

    private static Map<String, String> self(String name) {
        Map<String, String> r = new LinkedHashMap<>();
        for (String c : SELF) {
            r.put(c, "");
        }
        r.put("年度", "2024");
        r.put("主管部门", "中共上海市某区委组织部");
        r.put("项目名称", name);
        r.put("全年预算数", "1000");
        r.put("全年执行数", "1000");
        r.put("一级指标", "产出指标");
        r.put("二级指标", "数量指标");
        r.put("三级指标", "活动次数");
        r.put("年度指标值", "≥1(次)");
        r.put("实际完成值", "1次");
        r.put("分值", "90");
        r.put("得分", "90");
        return r;
    }

    private static String csv(String[] header, List<Map<String, String>> rows) {
        StringBuilder s = new StringBuilder(String.join(",", header)).append('\n');
        for (Map<String, String> r : rows) {
            s.append(String.join(",", r.values().stream().map(v -> "\"" + v.replace("\"", "\"\"") + "\"").toList())).append('\n');
        }
        return s.toString();
    }

    private static Map<String, String> with(Map<String, String> r, String column, String value) {
        r.put(column, value);
        return r;
    }

    @BeforeAll
    static void runOnValuesNoBudgetHolds() throws IOException {
        // the values of the issue, each alone in its project
        Files.writeString(input.resolve("a-targets.csv"), csv(TARGETS, List.of(
                with(targets("金额十的十八次方"), "年度资金申请总额", "1000000000000000000"),
                with(targets("项目名称过长" + "名".repeat(2100)), "年度资金申请总额", "1000"),
                with(with(targets("主管部门过长"), "主管部门", "部".repeat(2100)), "年度资金申请总额", "1000"),
                with(targets("实施单位过长"), "实施单位", "单".repeat(1100)),
                with(targets("地区过长"), "地区", "区".repeat(250)),
                with(targets("项目性质过长"), "项目性质", "性".repeat(250)),
                with(targets("正常项目"), "年度资金申请总额", "1000"))), StandardCharsets.UTF_8);
        Files.writeString(input.resolve("b-self.csv"), csv(SELF, List.of(
                with(self("资金分值一亿"), "资金分值", "100000000"),
                with(self("总分十的十九次方"), "总分", "10000000000000000000"),
                with(self("三十位执行率"), "执行率", "1" + "0".repeat(29)),
                with(self("得分写成百分比"), "得分", "100%"),
                with(self("正常自评"), "得分", "90"))), StandardCharsets.UTF_8);
        // a project with every column at its limit: through the store and into the tables
        Map<String, String> atLimit = targets("名".repeat(200));
        atLimit.put("主管部门", "部".repeat(200));
        atLimit.put("实施单位", "单".repeat(200));
        atLimit.put("地区", "区".repeat(50));
        atLimit.put("项目编码", "9".repeat(100));
        atLimit.put("项目性质", "性".repeat(50));
        atLimit.put("项目类别", "类".repeat(50));
        atLimit.put("项目总目标", "目".repeat(5000));
        atLimit.put("年度总体目标", "标".repeat(5000));
        for (String money : List.of("项目资金总额", "财政资金", "其他资金", "年度资金申请总额", "当年财政拨款", "上年结转资金", "年度其他资金")) {
            atLimit.put(money, "9999999999999.999999");
        }
        atLimit.put("三级指标", "指".repeat(200));
        atLimit.put("指标值", "值".repeat(500));
        Files.writeString(input.resolve("c-at-limit.csv"), csv(TARGETS, List.of(atLimit)), StandardCharsets.UTF_8);
        said = RunOutputs.runSaying(input, output);
        findings = RunOutputs.csv(output.resolve("问题清单.csv"));
    }

    @Test
    void theNightGoesOnAndSaysProjectsWereRefused() {
        assertThat(said.err()).doesNotContain("运行失败", "Value too long", "SQL", "Exception");
        assertThat(said.code()).isEqualTo(ExitCode.REJECTIONS.code());
    }

    @Test
    void eachValueRefusesItsProjectWithAnErrorAtItsCell() {
        assertThat(errorAt("a-targets.csv", 2, "年度资金申请总额")).contains("10万亿元");
        assertThat(errorAt("a-targets.csv", 3, "项目名称")).contains("超过上限200个字符");
        assertThat(errorAt("a-targets.csv", 4, "主管部门")).contains("超过上限200个字符");
        assertThat(errorAt("a-targets.csv", 5, "实施单位")).contains("超过上限200个字符");
        assertThat(errorAt("a-targets.csv", 6, "地区")).contains("超过上限50个字符");
        assertThat(errorAt("a-targets.csv", 7, "项目性质")).contains("超过上限50个字符");
        assertThat(errorAt("b-self.csv", 2, "资金分值")).contains("0 到 100");
        assertThat(errorAt("b-self.csv", 3, "总分")).contains("0 到 1000");
        assertThat(errorAt("b-self.csv", 4, "执行率")).contains("1000%");
        assertThat(errorAt("b-self.csv", 5, "得分")).contains("百分数");
    }

    private static String errorAt(String file, int row, String column) {
        return findings.stream().filter(f -> f.get("文件").equals(file) && f.get("行").equals(String.valueOf(row))
                && f.get("列").equals(column) && f.get("严重程度").equals("错误")).findFirst()
                .orElseThrow(() -> new AssertionError("no 错误 at " + file + " row " + row + " " + column + " in " + findings)).get("说明");
    }

    @Test
    void noFindingCarriesAWholePastedValue() {
        assertThat(findings).allSatisfy(f -> f.values().forEach(v -> assertThat(v).hasSizeLessThan(600)));
    }

    @Test
    void theProjectsBesideThemAndTheOneAtEveryLimitArePublished() throws IOException {
        assertThat(RunOutputs.csv(output.resolve("2025/汇总数据/绩效目标-项目.csv"))).extracting(p -> p.get("项目名称"))
                .contains("正常项目", "名".repeat(200));
        assertThat(RunOutputs.csv(output.resolve("2024/汇总数据/绩效自评-项目.csv"))).extracting(p -> p.get("项目名称"))
                .containsExactly("正常自评");
    }

    @Test
    void everyRowIsImportedOrRejected() throws IOException {
        JsonNode manifest = RunOutputs.manifest(output);
        for (JsonNode in : manifest.get("inputs")) {
            assertThat(in.get("rowsRead").asInt()).isEqualTo(in.get("rowsImported").asInt() + in.get("rowsRejected").asInt());
        }
    }
}
