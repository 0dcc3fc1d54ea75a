package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The sample run on input/ (a transcription of the five seed filings) states what the seeds state. */
class SeedTruthsTest {

    @TempDir
    static Path output;
    static int exitCode;

    @BeforeAll
    static void runOnTheSampleFilings() {
        exitCode = RunOutputs.run(Path.of("input"), output);
    }

    private static Map<String, String> department(int year, String name) throws IOException {
        return RunOutputs.csv(output.resolve(year + "/汇总数据/绩效目标-部门.csv")).stream()
                .filter(r -> r.get("主管部门").equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theRunSucceeds() {
        assertThat(exitCode).isZero();
    }

    @Test
    void songjiangOrganisationDepartment2025() throws IOException {
        Map<String, String> d = department(2025, "中共上海市松江区委组织部");
        assertThat(d).containsEntry("项目数", "7").containsEntry("年度资金申请总额(元)", "8023150.00")
                .containsEntry("年度资金申请总额(万元)", "802.32").containsEntry("1000万元（含）以上项目数", "0")
                .containsEntry("地区", "松江区")
                .containsEntry("公开说明", "编报绩效目标的项目7个，涉及项目预算资金802.32万元，其中预算金额1000万元（含）以上的项目有0个。");
    }

    @Test
    void districtOrgansWorkingCommittee2023() throws IOException {
        assertThat(department(2023, "中共上海市松江区区级机关工作委员会")).containsEntry("项目数", "3")
                .containsEntry("年度资金申请总额(万元)", "135.00");
    }

    @Test
    void jiadingOrganisationDepartment2025() throws IOException {
        assertThat(department(2025, "中共上海市嘉定区委组织部")).containsEntry("项目数", "7")
                .containsEntry("年度资金申请总额(元)", "20743990.00").containsEntry("年度资金申请总额(万元)", "2074.40")
                .containsEntry("1000万元（含）以上项目数", "0").containsEntry("地区", "嘉定区");
    }

    @Test
    void shanghaiOrganisationDepartment2023() throws IOException {
        assertThat(department(2023, "中共上海市委组织部")).containsEntry("项目数", "6")
                .containsEntry("年度资金申请总额(元)", "26413037.00").containsEntry("年度资金申请总额(万元)", "2641.30")
                .containsEntry("1000万元（含）以上项目数", "0").containsEntry("地区", "市级");
    }

    @Test
    void songjiangSelfEvaluations2023() throws IOException {
        List<Map<String, String>> projects = RunOutputs.csv(output.resolve("2023/汇总数据/绩效自评-项目.csv"));
        assertThat(projects).extracting(p -> p.get("总得分")).containsExactly("96", "95", "95", "95", "95", "95");
        assertThat(projects).extracting(p -> p.get("执行率(%)")).containsOnly("100.00");
        assertThat(projects).extracting(p -> p.get("等级")).containsOnly("优");
        assertThat(projects).extracting(p -> p.get("主管部门")).containsOnly("中共上海市松江区委组织部");
        Map<String, String> dept = RunOutputs.csv(output.resolve("2023/汇总数据/绩效自评-部门.csv")).get(0);
        assertThat(dept).containsEntry("项目数", "6").containsEntry("执行率(%)", "100.00").containsEntry("优(项)", "6");
    }

    @Test
    void theSeedsOwnMistakesAreFound() throws IOException {
        List<Map<String, String>> findings = RunOutputs.csv(output.resolve("问题清单.csv"));
        assertThat(findings).anySatisfy(f -> assertThat(f).containsEntry("规则编号", "W01").containsEntry("项目名称", "公务员工作经费")
                .containsEntry("列", "指标值").satisfies(x -> assertThat(x.get("说明")).contains("公务员法律法规政策知晓率")));
        assertThat(findings).anySatisfy(f -> assertThat(f).containsEntry("规则编号", "I03").containsEntry("项目名称", "活动项目")
                .containsEntry("工作表", "绩效目标").satisfies(x -> assertThat(x.get("说明")).contains("常态化结对帮扶村居党组织数")));
        assertThat(findings).anySatisfy(f -> assertThat(f).containsEntry("规则编号", "I02").containsEntry("项目名称", "活动项目"));
        assertThat(findings).anySatisfy(f -> assertThat(f).containsEntry("规则编号", "I01").containsEntry("项目名称", "信息化运维项目"));
        assertThat(findings).anySatisfy(f -> assertThat(f).containsEntry("规则编号", "W12").containsEntry("项目名称", "网络信息系统运行与维护")
                .satisfies(x -> assertThat(x.get("说明")).contains("稳定性检查")));
        assertThat(findings).filteredOn(f -> f.get("规则编号").equals("W01") && f.get("项目名称").equals("信息化建设项目")).hasSize(2);
        assertThat(findings).noneSatisfy(f -> assertThat(f.get("严重程度")).isEqualTo("错误"));
        assertThat(findings).allSatisfy(f -> assertThat(f.get("文件")).isNotBlank());
    }

    @Test
    void theManifestAccountsForEveryRowAndEveryOutput() throws IOException {
        JsonNode manifest = RunOutputs.manifest(output);
        assertThat(manifest.get("inputs")).hasSize(5);
        assertThat(manifest.get("run").get("imported").asInt()).isEqualTo(5);
        int rows = 0;
        for (JsonNode in : manifest.get("inputs")) {
            assertThat(in.get("sha256").asString()).isEqualTo(RunOutputs.sha256(Path.of("input").resolve(in.get("path").asString())));
            assertThat(in.get("rowsRead").asInt()).isEqualTo(in.get("rowsImported").asInt() + in.get("rowsRejected").asInt());
            rows += in.get("rowsRead").asInt();
        }
        assertThat(rows).isEqualTo(111 + 16 + 80 + 107 + 82);
        for (JsonNode out : manifest.get("outputs")) {
            Path file = output.resolve(out.get("path").asString());
            assertThat(file).exists();
            assertThat(out.get("sha256").asString()).isEqualTo(RunOutputs.sha256(file));
            assertThat(out.get("bytes").asLong()).isEqualTo(Files.size(file));
        }
        assertThat(manifest.get("outputs")).extracting(o -> o.get("path").asString())
                .contains("问题清单.csv", "问题清单.xlsx", "2025/汇总数据/绩效目标-部门.csv", "2023/汇总数据/汇总数据-2023.xlsx");
    }
}
