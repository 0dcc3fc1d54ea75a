package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consolidation through the night (issue 17): 自评 against the targets declared, this year against
 * last, and the sample folder that shows all three. Fixtures in {@code fixtures/consolidation/}:
 * {@code targets} (上海市松江区教育局's 2024 申报表 of three projects and 自评 of four: 校舍维修 matches,
 * 教师培训 leaves out 工作成效, 课后服务 evaluates ≥3次 where ≥2次 was declared, 学生资助 has no 申报表) and
 * {@code two-years} (its 申报表 of 2024 and 2025: 课后服务 ended, 营养餐 new, 校舍维修 100,000 → 120,000 元).
 */
class ConsolidationNightTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/consolidation");
    private static final Set<String> CONSOLIDATION = Set.of("W14", "W15", "W16", "W17", "I09", "I10", "I11");

    @TempDir
    Path dir;

    @Test
    void aSelfEvaluationIsCheckedAgainstTheTargetsItsDepartmentDeclared() throws IOException {
        Path input = dir.resolve("input");
        RunOutputs.copyTree(FIXTURES.resolve("targets"), input);
        Path output = dir.resolve("out");
        RunOutputs.Said said = RunOutputs.runSaying(input, output);
        assertThat(said.code()).as(said.out()).isZero();
        // 教师培训 also weighs 满意度 40 instead of 10 (I08), having dropped 工作成效's 30
        assertThat(said.out()).contains("问题清单：错误 0（其中本次新增 0），问题 2，提示 2", "  2024 绩效自评报送（无名单）：已报 1（其中被拒收 0）");
        assertThat(consolidationFindings(output)).containsExactly(
                List.of("问题", "W14", "教育局-2024-绩效自评.csv", "5", "三级指标", "教师培训",
                        "申报表中的三级指标「工作成效」（效益指标/社会效益指标，指标值「提升」）在自评表中没有出现（申报表见 教育局-2024-绩效目标.csv 第6行）"),
                List.of("问题", "W16", "教育局-2024-绩效自评.csv", "7", "年度指标值", "课后服务",
                        "三级指标「开展活动次数」的年度指标值「≥3次」与申报表的指标值「≥2次」不同（申报表见 教育局-2024-绩效目标.csv 第8行）"),
                List.of("提示", "I10", "教育局-2024-绩效自评.csv", "10", "项目名称", "学生资助",
                        "本部门报送了2024年度的绩效目标，但其中没有与本项目对应的申报表（按项目编码或项目名称对照），自评无法与目标核对"));
        assertThat(RunOutputs.csv(output.resolve("2024/汇总数据/绩效自评-目标对照.csv"))).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("主管部门", "上海市松江区教育局").containsEntry("自评项目数", "4").containsEntry("有申报表的项目数", "3")
                .containsEntry("与目标一致的项目数", "1").containsEntry("与目标一致", "1/3").containsEntry("申报的指标未在自评中出现(W14)", "1")
                .containsEntry("自评的指标不在申报表中(W15)", "0").containsEntry("自评的指标值与申报的不同(W16)", "1")
                .containsEntry("年初预算数与申报的年度资金申请总额不同(I09)", "0").containsEntry("自评项目没有对应的申报表(I10)", "1"));

        // unchanged, the check is taken as found; the 申报表 corrected to ≥3次, 课后服务 agrees and W16 goes
        RunOutputs.Said again = RunOutputs.runSaying(input, output);
        assertThat(again.out()).contains("问题 2，提示 2");
        assertThat(consolidationFindings(output)).hasSize(3);
        Path targets = input.resolve("教育局-2024-绩效目标.csv");
        List<String> rows = Files.readAllLines(targets, StandardCharsets.UTF_8);
        rows.set(7, rows.get(7).replace("≥2次", "≥3次"));
        Files.write(targets, rows, StandardCharsets.UTF_8);
        RunOutputs.Said corrected = RunOutputs.runSaying(input, output);
        assertThat(corrected.out()).contains("问题 1，提示 2");
        assertThat(consolidationFindings(output)).extracting(f -> f.get(1)).containsExactly("W14", "I10");
        assertThat(RunOutputs.csv(output.resolve("2024/汇总数据/绩效自评-目标对照.csv")).get(0)).containsEntry("与目标一致", "2/3");
        NightsTest.assertSameAsFresh(input, output);
    }

    @Test
    void thisYearIsComparedWithLastWithAProjectEndedAndOneNew() throws IOException {
        Path output = dir.resolve("out");
        assertThat(RunOutputs.run(FIXTURES.resolve("two-years"), output)).isZero();
        List<Map<String, String>> rows = RunOutputs.csv(output.resolve("2025/汇总数据/绩效目标-与上年比较.csv"));
        assertThat(rows).extracting(r -> r.get("层级"), r -> r.get("地区"), r -> r.get("主管部门"), r -> r.get("状态"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("总体", "", "", ""),
                        org.assertj.core.groups.Tuple.tuple("地区", "松江区", "", "延续"),
                        org.assertj.core.groups.Tuple.tuple("部门", "松江区", "上海市松江区教育局", "延续"));
        assertThat(rows.get(2)).containsEntry("上年项目数", "3").containsEntry("本年项目数", "3").containsEntry("项目数增减", "0")
                .containsEntry("新增项目数", "1").containsEntry("延续项目数", "2").containsEntry("结束项目数", "1")
                .containsEntry("上年年度资金申请总额(元)", "600000.00").containsEntry("本年年度资金申请总额(元)", "370000.00")
                .containsEntry("增减额(元)", "-230000.00").containsEntry("增减率(%)", "-38.33").containsEntry("增减额(万元)", "-23.00");
        assertThat(output.resolve("2024/汇总数据/绩效目标-与上年比较.csv")).doesNotExist();
    }

    /** {@code samples/consolidation}, as the README runs it: all three answers in the report and the tables. */
    @Test
    void theConsolidationSampleAnswersAllThree() throws IOException {
        Path output = dir.resolve("out");
        RunOutputs.Said said = RunOutputs.runSaying(Path.of("samples/consolidation"), output, "--run-date=2025-04-10");
        assertThat(said.code()).as(said.out()).isZero();
        assertThat(said.out()).contains("""
                  2023 绩效目标报送：应报 1，已报 1（其中被拒收 0），未报 0，逾期 0
                  2023 绩效自评报送：应报 1，已报 1（其中被拒收 0），未报 0，逾期 0
                  2024 绩效目标报送：应报 1，已报 1（其中被拒收 0），未报 0，逾期 0
                  2024 绩效自评报送：应报 1，已报 0（其中被拒收 0），未报 1，逾期 0
                  2025 绩效目标报送：应报 4，已报 1（其中被拒收 0），未报 3，逾期 2，名单外 1
                """);
        assertThat(consolidationFindings(output)).extracting(f -> f.get(1) + " " + f.get(5)).containsExactly("W17 ", "W14 业务培训",
                "W16 党建工作", "I10 人才工作", "I09 干部工作");
        assertThat(RunOutputs.csv(output.resolve("2023/汇总数据/绩效自评-目标对照.csv")).get(0)).containsEntry("与目标一致", "3/5");
        Map<String, String> songjiang = RunOutputs.csv(output.resolve("2025/汇总数据/绩效目标-与上年比较.csv")).stream()
                .filter(r -> r.get("主管部门").equals("中共上海市松江区委组织部")).findFirst().orElseThrow();
        assertThat(songjiang).containsEntry("新增项目数", "1").containsEntry("延续项目数", "6").containsEntry("结束项目数", "1")
                .containsEntry("上年年度资金申请总额(元)", "8155150.00").containsEntry("本年年度资金申请总额(元)", "8023150.00")
                .containsEntry("增减额(元)", "-132000.00").containsEntry("增减率(%)", "-1.62");
        assertThat(RunOutputs.csv(output.resolve("2025/汇总数据/报送情况.csv"))).extracting(r -> r.get("主管部门") + " " + r.get("报送状态")
                + " " + r.get("逾期")).containsExactly("中共上海市委组织部 未报 逾期未报", "中共上海市嘉定区组织部 未报 逾期未报",
                        "中共上海市嘉定区委组织部 名单外 ", "中共上海市松江区委组织部 已报 ", "中共上海市松江区区级机关工作委员会 未报 ");
    }

    /** The consolidation's findings in the 问题清单: severity, rule, file, row, column, 项目名称, message. */
    private static List<List<String>> consolidationFindings(Path output) throws IOException {
        return RunOutputs.csv(output.resolve("问题清单.csv")).stream().filter(f -> CONSOLIDATION.contains(f.get("规则编号")))
                .map(f -> List.of(f.get("严重程度"), f.get("规则编号"), f.get("文件"), f.get("行"), f.get("列"), f.get("项目名称"), f.get("说明")))
                .toList();
    }
}
