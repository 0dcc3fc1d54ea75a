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

/** Findings that misled (issue 15): one conflict, one 错误; stated 执行率 compared as written; funds' lost points counted. */
class MisleadingFindingsNightTest {

    @TempDir
    static Path input;
    @TempDir
    static Path output;
    static List<Map<String, String>> findings;

    private static final String TARGETS = "年度,主管部门,项目名称,年度资金申请总额,一级指标,二级指标,三级指标,指标值\n";
    private static final String SELF = "年度,主管部门,项目名称,全年预算数,全年执行数,资金分值,执行率,一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,"
            + "偏差原因分析及改进措施\n";

    private static String self(String name, String executed, String rate) {
        return "2024,部门乙," + name + ",1000," + executed + ",10," + rate + ",产出指标,数量指标,活动次数,≥2(次),2次,90,90,\n";
    }

    @BeforeAll
    static void runOnMisleadingFilings() throws IOException {
        StringBuilder conflict = new StringBuilder(TARGETS);
        conflict.append("2025,部门甲,冲突项目,100,产出指标,数量指标,指标0,≥1(次)\n");
        for (int k = 1; k < 25; k++) {
            conflict.append("2025,部门甲,冲突项目,200,产出指标,数量指标,指标").append(k).append(",≥1(次)\n");
        }
        Files.writeString(input.resolve("a-conflict.csv"), conflict, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("b-rates.csv"), SELF
                + self("写了1", "950", "1")
                + self("写了96", "956", "96")
                + self("写了百分号", "956", "95.60%")
                + self("执行满额", "1000", "100.00%"), StandardCharsets.UTF_8);
        Files.writeString(input.resolve("c-percent-header.csv"), SELF.replace("执行率", "执行率(%)").replace("部门乙", "部门丙")
                + self("表头写明百分比", "956", "96").replace("部门乙", "部门丙"), StandardCharsets.UTF_8);
        RunOutputs.run(input, output);
        findings = RunOutputs.csv(output.resolve("问题清单.csv"));
    }

    @Test
    void oneConflictingCellIsOneErrorListingItsRows() {
        assertThat(findings).filteredOn(f -> f.get("文件").equals("a-conflict.csv") && f.get("严重程度").equals("错误")).singleElement()
                .satisfies(f -> {
                    assertThat(f).containsEntry("规则编号", "E06").containsEntry("列", "年度资金申请总额");
                    assertThat(f.get("说明")).contains("第2行为「100」", "第3–26行为「200」");
                });
    }

    @Test
    void aStatedRateIsComparedAtThePrecisionWritten() {
        assertThat(rateFinding("写了1")).as("a bare 1 is 100%, not anything from 50% to 149%").isNotNull();
        assertThat(rateFinding("写了96")).as("96 stated against 95.60% computed").isNotNull().contains("95.60%");
        assertThat(rateFinding("写了百分号")).isNull();
        assertThat(rateFinding("执行满额")).isNull();
        assertThat(rateFinding("表头写明百分比")).isNotNull();
        assertThat(findings).noneMatch(f -> f.get("文件").equals("c-percent-header.csv") && f.get("规则编号").equals("F05"));
    }

    private static String rateFinding(String project) {
        return findings.stream().filter(f -> project.equals(f.get("项目名称")) && f.get("规则编号").equals("W05")).map(f -> f.get("说明"))
                .findFirst().orElse(null);
    }

    @Test
    void pointsLostOnFundsAreInTheDeductionsAndTheirSum() throws IOException {
        List<Map<String, String>> deductions = RunOutputs.csv(output.resolve("2024/汇总数据/绩效自评-扣分明细.csv"));
        assertThat(deductions).filteredOn(d -> d.get("项目名称").equals("写了96")).singleElement().satisfies(d -> {
            assertThat(d).containsEntry("一级指标", "预算执行率").containsEntry("分值", "10").containsEntry("得分", "9.56")
                    .containsEntry("扣分", "0.44");
        });
        assertThat(deductions).noneMatch(d -> d.get("项目名称").equals("执行满额"));
        Map<String, String> department = RunOutputs.csv(output.resolve("2024/汇总数据/绩效自评-部门.csv")).stream()
                .filter(r -> r.get("主管部门").equals("部门乙")).findFirst().orElseThrow();
        // 写了1 loses 0.5 (95%), 写了96 and 写了百分号 0.44 each (95.6%)
        assertThat(department).containsEntry("扣分指标数", "3").containsEntry("扣分合计", "1.38");
    }
}
