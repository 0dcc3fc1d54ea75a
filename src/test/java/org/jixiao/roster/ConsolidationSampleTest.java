package org.jixiao.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Project;
import org.jixiao.filing.Table;
import org.jixiao.filing.TableColumn;
import org.jixiao.findings.Finding;
import org.jixiao.findings.Rule;
import org.jixiao.findings.TargetAgreementTable;
import org.jixiao.findings.TargetsCheck;
import org.jixiao.ingest.FolderProjects;
import org.jixiao.summary.ProjectFlow;
import org.jixiao.summary.YearOverYear;
import org.jixiao.summary.YearSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code samples/consolidation/} (issue 17): its files are what {@link ConsolidationSample} derives from
 * the seeds, and the three consolidation answers on it are exactly what its README says. Regenerate with
 * {@code mvn test -Dtest=ConsolidationSampleTest -Djixiao.samples.write=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolidationSampleTest {

    private static final String SONGJIANG = "中共上海市松江区委组织部";
    private List<Project> projects;

    /** The sample's filings as the import reads them (read once; not before the write test may have made them). */
    private List<Project> projects() throws IOException {
        if (projects == null) {
            FolderProjects.Read read = FolderProjects.read(ConsolidationSample.FOLDER, List.of("名单.csv"));
            assertThat(read.refusals()).isEmpty();
            projects = read.projects();
        }
        return projects;
    }

    @Test
    @EnabledIfSystemProperty(named = "jixiao.samples.write", matches = "true")
    void writeSample() throws IOException {
        if (Files.isDirectory(ConsolidationSample.FOLDER)) {
            try (Stream<Path> files = Files.list(ConsolidationSample.FOLDER)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
        ConsolidationSample.write(ConsolidationSample.FOLDER);
    }

    @Test
    void theSampleIsExactlyWhatIsDerivedFromTheSeeds(@TempDir Path again) throws IOException {
        ConsolidationSample.write(again);
        List<String> names;
        try (Stream<Path> files = Files.list(again)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        try (Stream<Path> files = Files.list(ConsolidationSample.FOLDER)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactlyElementsOf(names);
        }
        for (String name : names) {
            assertThat(Files.readAllBytes(ConsolidationSample.FOLDER.resolve(name))).as(name).isEqualTo(Files.readAllBytes(again.resolve(name)));
        }
    }

    @Test
    void whoHasFiled() throws IOException {
        Roster roster = RosterReader.read(ConsolidationSample.FOLDER);
        assertThat(roster.findings()).isEmpty();
        SubmissionStatus.Report status = SubmissionStatus.compute(roster, received(), LocalDate.of(2025, 4, 10), Comparator.naturalOrder());
        assertThat(status.consoleLines()).containsExactly(
                "2023 绩效目标报送：应报 1，已报 1（其中被拒收 0），未报 0，逾期 0",
                "2023 绩效自评报送：应报 1，已报 1（其中被拒收 0），未报 0，逾期 0",
                "2024 绩效目标报送：应报 1，已报 1（其中被拒收 0），未报 0，逾期 0",
                "2024 绩效自评报送：应报 1，已报 0（其中被拒收 0），未报 1，逾期 0",
                "2025 绩效目标报送：应报 4，已报 1（其中被拒收 0），未报 3，逾期 2，名单外 1");
        Table table = StatusTable.of(status, 2025);
        assertThat(table.columns()).extracting(TableColumn::header).containsExactly("年度", "应报类型", "地区", "主管部门", "是否应报", "截止日期",
                "报送状态", "首次报送", "最近更新", "受理项目数", "拒收项目数", "错误数", "逾期");
        assertThat(rows(table)).containsExactly(
                List.of(2025, "绩效目标", "市级", "中共上海市委组织部", "是", "2024-11-15", "未报", "", "", "", "", "", "逾期未报"),
                List.of(2025, "绩效目标", "嘉定区", "中共上海市嘉定区组织部", "是", "2024-11-15", "未报", "", "", "", "", "", "逾期未报"),
                List.of(2025, "绩效目标", "嘉定区", "中共上海市嘉定区委组织部", "否", "", "名单外", "", "", 7, 0, 0, ""),
                List.of(2025, "绩效目标", "松江区", SONGJIANG, "是", "2024-11-15", "已报", "", "", 7, 0, 0, ""),
                List.of(2025, "绩效目标", "松江区", "中共上海市松江区区级机关工作委员会", "是", "2025-12-31", "未报", "", "", "", "", "", ""));
        assertThat(status.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.DEPARTMENT_UNLISTED);
            assertThat(f.file()).isEqualTo("002-嘉定区委组织部-2025-绩效目标.xlsx");
            assertThat(f.message()).isEqualTo("2025年度绩效目标：主管部门「中共上海市嘉定区委组织部」不在报送名单中；名单中最接近的是「中共上海市嘉定区组织部」（尚未报送），"
                    + "可能是名称写法不同或使用了旧名称，请核对名单或申报表中的主管部门");
        });
    }

    @Test
    void selfEvaluationsAgainstTheirTargets() throws IOException {
        TargetsCheck.Result r = TargetsCheck.check(of(Kind.SELF_EVALUATION, 2023), of(Kind.TARGETS, 2023));
        assertThat(r.findings()).extracting(Finding::rule, Finding::project, Finding::row).containsExactly(
                tuple(Rule.INDICATOR_DROPPED, "业务培训", 2),
                tuple(Rule.TARGET_CHANGED, "党建工作", 48),
                tuple(Rule.NO_TARGETS_ON_RECORD, "人才工作", 72),
                tuple(Rule.BUDGET_NOT_AS_DECLARED, "干部工作", 78));
        assertThat(r.findings()).extracting(Finding::message).containsExactly(
                "申报表中的三级指标「专题培训班」（产出指标/数量指标，指标值「=10个」）在自评表中没有出现（申报表见 松江区委组织部-2023-绩效目标.csv 第10行）",
                "三级指标「开放性主题活动」的年度指标值「=12次」与申报表的指标值「=15次」不同（申报表见 松江区委组织部-2023-绩效目标.csv 第49行）",
                "本部门报送了2023年度的绩效目标，但其中没有与本项目对应的申报表（按项目编码或项目名称对照），自评无法与目标核对",
                "年初预算数 4,544,100.00 元与申报表的年度资金申请总额 4,644,100.00 元不同（相差 -100,000.00 元）");
        assertThat(r.agreement()).isEqualTo(new TargetsCheck.Agreement(6, 5, 3));
        Table table = TargetAgreementTable.of(List.of(TargetAgreementTable.Line.of(2023, "松江区", SONGJIANG, r)));
        assertThat(table.name()).isEqualTo("绩效自评-目标对照");
        assertThat(table.columns()).extracting(TableColumn::header).containsExactly("年度", "地区", "主管部门", "自评项目数", "有申报表的项目数",
                "与目标一致的项目数", "与目标一致", "申报的指标未在自评中出现(W14)", "自评的指标不在申报表中(W15)", "自评的指标值与申报的不同(W16)",
                "年初预算数与申报的年度资金申请总额不同(I09)", "自评项目没有对应的申报表(I10)");
        assertThat(rows(table)).containsExactly(List.of(2023, "松江区", SONGJIANG, 6, 5, 3, "3/5", 1, 0, 1, 1, 1));
    }

    @Test
    void thisYearAgainstLast() throws IOException {
        YearOverYear y2025 = YearOverYear.targets(summary(2025), summary(2024));
        YearOverYear.Row songjiang = y2025.rows().stream().filter(r -> SONGJIANG.equals(r.department())).findFirst().orElseThrow();
        assertThat(songjiang.flow()).isEqualTo(new ProjectFlow(1, 6, 1));
        assertThat(songjiang.funds().previous()).isEqualByComparingTo("8155150");
        assertThat(songjiang.funds().current()).isEqualByComparingTo("8023150");
        assertThat(songjiang.funds().difference()).isEqualByComparingTo("-132000");
        assertThat(songjiang.funds().rate()).isEqualByComparingTo("-0.0161860910");
        assertThat(y2025.rows()).extracting(YearOverYear.Row::level, YearOverYear.Row::region, YearOverYear.Row::department,
                YearOverYear.Row::status).containsExactly(
                        tuple(YearOverYear.Level.总体, null, null, ""),
                        tuple(YearOverYear.Level.地区, "嘉定区", null, "新增"),
                        tuple(YearOverYear.Level.地区, "松江区", null, "延续"),
                        tuple(YearOverYear.Level.部门, "嘉定区", "中共上海市嘉定区委组织部", "新增"),
                        tuple(YearOverYear.Level.部门, "松江区", SONGJIANG, "延续"));
        YearOverYear y2024 = YearOverYear.targets(summary(2024), summary(2023));
        assertThat(y2024.overall().flow()).isEqualTo(new ProjectFlow(3, 4, 1));
        assertThat(y2024.overall().funds().previous()).isEqualByComparingTo("9858090");
        assertThat(y2024.overall().funds().difference()).isEqualByComparingTo("-1702940");
    }

    /** A table's rows, blanks as empty strings (List.of takes no nulls). */
    private static List<List<Object>> rows(Table t) {
        List<List<Object>> rows = new ArrayList<>();
        t.rows().forEach(values -> rows.add(Stream.of(values).map(v -> v == null ? (Object) "" : v).toList()));
        return rows;
    }

    private List<Project> of(Kind kind, int year) throws IOException {
        return projects().stream().filter(p -> p.kind() == kind && p.year() == year).toList();
    }

    private YearSummary summary(int year) throws IOException {
        YearSummary y = new YearSummary(year);
        of(Kind.TARGETS, year).forEach(y::addTarget);
        return y;
    }

    /** What the store would hand over: one record per department, kind and 年度, first dates unknown. */
    private List<Received> received() throws IOException {
        Map<String, List<Project>> by = new LinkedHashMap<>();
        projects().forEach(p -> by.computeIfAbsent(p.year() + "|" + p.kind() + "|" + p.department(), k -> new ArrayList<>()).add(p));
        List<Received> out = new ArrayList<>();
        by.values().forEach(ps -> {
            Project p = ps.get(0);
            out.add(new Received(p.year(), p.kind(), p.region(), p.department(), p.source(), null, null, ps.size(), 0, 0));
        });
        return out;
    }
}
