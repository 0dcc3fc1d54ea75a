package org.jixiao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Project;
import org.jixiao.findings.Rule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small hand-made form sheets, one behaviour each. */
class FormSheetsTest {

    @TempDir
    Path dir;

    private static final String[] TITLE = {"财政项目支出绩效目标申报表"};
    private static final String[] YEAR = {"（2025 年度）"};
    private static final String[] HEADER = {"", "一级指标", "二级指标", "三级指标", "年度(/项目)指标值"};

    @Nested
    class Labels {

        @Test
        void blankValuesBesideLabelsStayBlankAndNeverTakeTheNextLabel() throws IOException {
            // seed 002: 项目资金总额 and 财政资金 left blank, colons after the labels, 项目总目标 blank
            Project p = single(sheet("培训项目", new String[][] {TITLE, YEAR,
                {"项目名称", "培训项目", "项目性质", "其他经常性项目", "项目类别", "特定目标类"},
                {"主管部门", "中共上海市嘉定区委组织部 (汇总)", "实施单位", "中共上海市嘉定区委组织部"},
                {"项目资金 (元)", "项目资金总额:", "", "年度资金申请总额:", "2,840,530.00"},
                {"", "其中: 财政资金", "", "其中: 当年财政拨款", "2,840,530.00"},
                {"", "", "", "上年结转资金", "0.00"},
                {"", "其他资金", "", "其他资金", "0.00"},
                {"项目绩效目标", "项目总目标", "", "年度总体目标"},
                {"", "", "", "为深入学习贯彻……提供坚强保障。"},
                HEADER,
                {"绩效指标", "产出指标", "数量指标", "开展干部培训班次", "≥12.00(次)"}}));

            assertThat(p.year()).isEqualTo(2025);
            assertThat(p.department()).isEqualTo("中共上海市嘉定区委组织部");
            assertThat(p.funds().total()).isNull();
            assertThat(p.funds().fiscal()).isNull();
            assertThat(p.funds().other()).isNull();
            assertThat(p.funds().annual()).isEqualByComparingTo("2840530");
            assertThat(p.funds().annualOther()).isEqualByComparingTo("0");
            assertThat(p.projectGoal()).isNull();
            assertThat(p.annualGoal()).isEqualTo("为深入学习贯彻……提供坚强保障。");
        }

        @Test
        void 其中IsReadWithAColonASpaceOrNothing() throws IOException {
            Project p = single(sheet("x", new String[][] {TITLE, YEAR, {"项目名称", "甲项目"}, {"主管部门", "中共上海市委组织部"},
                {"项目资金\n（元）", "项目 资金 总额", "300", "年度资金申请总额", "300"},
                {"", "其中 财政资金", "300", "其中当年财政拨款", "200"},
                {"", "", "", "其中：上年结转资金", "100"},
                {"", "其他资金", "—", "其他资金", "-"},
                HEADER,
                {"", "产出指标", "数量指标", "线路", "=2(条)"}}));

            assertThat(p.funds().total()).isEqualByComparingTo("300");
            assertThat(p.funds().fiscal()).isEqualByComparingTo("300");
            assertThat(p.funds().currentAppropriation()).isEqualByComparingTo("200");
            assertThat(p.funds().carryover()).isEqualByComparingTo("100");
            assertThat(p.funds().other()).isNull();
            assertThat(p.funds().annualOther()).isNull();
        }

        @Test
        void labelsSideBySideAndTheYearInTheTitle() throws IOException {
            Project p = single(sheet("x", new String[][] {{"2024年度财政项目支出绩效目标申报表"},
                {"项目名称：", "网络租赁", "项目类别", "其他运转类"},
                {"主管部门", "中共上海市松江区委组织部"},
                {"年度资金申请总额（元）", "72000"},
                {"项目总目标", "长期保障网络", "年度总体目标", "今年保障网络"},
                HEADER,
                {"", "产出指标", "数量指标", "线路", "=2(条)"}}));

            assertThat(p.year()).isEqualTo(2024);
            assertThat(p.category()).isEqualTo("其他运转类");
            assertThat(p.projectGoal()).isEqualTo("长期保障网络");
            assertThat(p.annualGoal()).isEqualTo("今年保障网络");
        }
    }

    @Nested
    class Table {

        @Test
        void aNew一级StartsIts二级Afresh() throws IOException {
            Project p = single(targets(
                    new String[] {"", "产出指标", "数量指标", "培训班次", "≥4(次)"},
                    new String[] {"", "", "", "培训人数", "≥200(人)"},
                    new String[] {"", "效益指标", "", "履职能力", "有效提升"}));

            assertThat(p.indicators()).extracting(Indicator::level1, Indicator::level2).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("产出指标", "数量指标"),
                    org.assertj.core.groups.Tuple.tuple("产出指标", "数量指标"),
                    org.assertj.core.groups.Tuple.tuple("效益指标", null));
        }

        @Test
        void notesPageNumbersEmptyPrintedRowsAndSignaturesAreNotIndicators() throws IOException {
            Project p = single(targets(
                    new String[] {"", "产出指标", "数量指标", "培训班次", "≥4(次)"},
                    new String[] {"- 1 -"},
                    new String[] {"注：指标值须写明单位"},
                    new String[] {"", "", "质量指标", "", ""},
                    new String[] {"", "满意度指标", "服务对象满意度指标", "学员满意度", "≥90(%)"},
                    new String[] {"填表人：张三", "", "联系电话：12345678"}));

            assertThat(p.indicators()).extracting(Indicator::level3).containsExactly("培训班次", "学员满意度");
        }

        @Test
        void aFormWithoutIndicatorsIsStillItsProject() throws IOException {
            FormTestProjects.Imported read = FormTestProjects.read(targets());

            assertThat(read.rows()).isEqualTo(1);
            assertThat(read.projects()).singleElement().satisfies(p -> assertThat(p.indicators()).isEmpty());
        }

        @Test
        void the总分RowIsReadEvenWhenItsNumbersDoNotLineUp() throws IOException {
            Project p = single(sheet("自评", new String[][] {{"财政项目支出绩效自评表"}, {"(2023 年度)"},
                {"项目名称", "人才工作"}, {"主管部门", "中共上海市松江区委组织部"},
                {"项目资金（元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"},
                {"", "年度资金总额", "280000", "319052.75", "319,052.75", "10", "100.00%", "10"},
                {"", "", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"},
                {"", "", "产出指标", "数量指标", "结对活动", ">=50次", ">=50次", "90", "85", "有提升空间"},
                {"", "总分", "", "", "", "", "100", "95"}}, "B9:E9"));

            assertThat(p.kind()).isEqualTo(Kind.SELF_EVALUATION);
            assertThat(p.evaluation().statedTotalWeight()).isEqualByComparingTo("100");
            assertThat(p.evaluation().statedTotalScore()).isEqualByComparingTo("95");
            assertThat(p.evaluation().total().executed()).isEqualByComparingTo(new BigDecimal("319052.75"));
            assertThat(p.indicators()).singleElement().satisfies(i -> assertThat(i.score()).isEqualByComparingTo("85"));
        }
    }

    @Nested
    class Sheets {

        @Test
        void formsStackedInOneSheetAreEachTheirOwnProject() throws IOException {
            Path file = sheet("全部项目", new String[][] {{"中共上海市松江区委组织部2025年度项目绩效目标汇总表"},
                TITLE, YEAR, {"项目名称", "甲项目"}, {"主管部门", "中共上海市松江区委组织部"}, {"年度资金申请总额", "100"},
                HEADER, {"", "产出指标", "数量指标", "甲指标", "=1(次)"},
                TITLE, YEAR, {"项目名称", "乙项目"}, {"主管部门", "中共上海市松江区委组织部"}, {"年度资金申请总额", "200"},
                HEADER, {"", "产出指标", "数量指标", "乙指标", "=2(次)"}});

            FormTestProjects.Imported read = FormTestProjects.read(file);

            assertThat(read.problems()).isEmpty();
            assertThat(read.projects()).extracting(Project::name).containsExactly("甲项目", "乙项目");
            assertThat(read.projects()).extracting(p -> p.indicators().size()).containsExactly(1, 1);
        }

        @Test
        void aBrokenFormAmongStackedOnesIsReportedAndTheOthersAreRead() throws IOException {
            Path file = sheet("全部项目", new String[][] {
                TITLE, YEAR, {"项目名称（全称）", "甲项目"}, {"主管部门", "中共上海市松江区委组织部"}, {"年度资金申请总额", "100"},
                HEADER, {"", "产出指标", "数量指标", "甲指标", "=1(次)"},
                TITLE, YEAR, {"项目名称", "乙项目"}, {"主管部门", "中共上海市松江区委组织部"}, {"年度资金申请总额", "200"}});

            FormTestProjects.Imported read = FormTestProjects.read(file);

            assertThat(read.projects()).extracting(Project::name).containsExactly("甲项目");
            assertThat(read.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.rule()).isEqualTo(Rule.FORM_UNREADABLE);
                assertThat(problem.row()).isEqualTo(8);
                assertThat(problem.message()).contains("「全部项目」第8行起", "未找到指标表的表头");
                assertThat(problem.rowsRejected()).isEqualTo(5);
            });
        }

        @Test
        void aSheetThatIsNeitherSaysWhichAndWhatWasMissingAndTheOthersAreRead() throws IOException {
            Path file = workbook(wb -> {
                rows(wb, "封面", new String[][] {{"2025年预算绩效材料"}, {"报送单位", "松江区委组织部"}});
                rows(wb, "项目", new String[][] {TITLE, YEAR, {"项目名称", "甲项目"}, {"主管部门", "中共上海市松江区委组织部"},
                    {"年度资金申请总额", "100"}, HEADER, {"", "产出指标", "数量指标", "甲指标", "=1(次)"}});
            });

            FormTestProjects.Imported read = FormTestProjects.read(file);

            assertThat(read.projects()).extracting(Project::name).containsExactly("甲项目");
            assertThat(read.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.rule()).isEqualTo(Rule.SHEET_UNRECOGNISED);
                assertThat(problem.sheet()).isEqualTo("封面");
                assertThat(problem.message()).contains("「封面」", "项目名称", "一级指标", "2行");
                assertThat(problem.rowsRejected()).isZero();
            });
        }

        @Test
        void aFormWithoutAProjectNameIsRejectedWithOneFinding() throws IOException {
            Path file = sheet("项目", new String[][] {TITLE, YEAR, {"项目名称", "", "项目类别", "特定目标类"},
                {"主管部门", "中共上海市松江区委组织部"}, {"年度资金申请总额", "100"}, HEADER,
                {"", "产出指标", "数量指标", "甲指标", "=1(次)"}, {"", "", "", "乙指标", "=2(次)"}});

            FormTestProjects.Imported read = FormTestProjects.read(file);

            assertThat(read.projects()).isEmpty();
            assertThat(read.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.rule()).isEqualTo(Rule.NAME_MISSING);
                assertThat(problem.row()).isEqualTo(3);
                assertThat(problem.rowsRejected()).isEqualTo(2);
                assertThat(problem.message()).contains("「项目」第3行", "没有填写项目名称", "2行指标未导入");
            });
        }

        @Test
        void aFormWithoutItsTableIsReportedAsAFormNotAsMissingColumns() throws IOException {
            Path file = sheet("项目", new String[][] {TITLE, YEAR,
                {"项目名称", "甲项目", "项目性质", "其他经常性项目", "项目类别", "特定目标类"},
                {"主管部门", "中共上海市松江区委组织部"}, {"年度资金申请总额", "100"}});

            FormTestProjects.Imported read = FormTestProjects.read(file);

            assertThat(read.projects()).isEmpty();
            assertThat(read.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.rule()).isEqualTo(Rule.FORM_UNREADABLE);
                assertThat(problem.message()).contains("「项目」", "未找到指标表的表头");
            });
        }
    }

    private Project single(Path file) throws IOException {
        FormTestProjects.Imported read = FormTestProjects.read(file);
        assertThat(read.problems()).isEmpty();
        assertThat(read.projects()).hasSize(1).doesNotContainNull();
        return read.projects().get(0);
    }

    /** A minimal 申报表 with these indicator rows. */
    private Path targets(String[]... indicators) throws IOException {
        String[][] head = {TITLE, YEAR, {"项目名称", "甲项目"}, {"主管部门", "中共上海市松江区委组织部"}, {"年度资金申请总额", "100"}, HEADER};
        String[][] all = new String[head.length + indicators.length][];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(indicators, 0, all, head.length, indicators.length);
        return sheet("项目", all);
    }

    private Path sheet(String name, String[][] cells, String... merged) throws IOException {
        return workbook(wb -> rows(wb, name, cells, merged));
    }

    private Path workbook(java.util.function.Consumer<XSSFWorkbook> build) throws IOException {
        Path file = dir.resolve("form-" + System.nanoTime() + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            build.accept(wb);
            wb.write(out);
        }
        return file;
    }

    private static void rows(XSSFWorkbook wb, String name, String[][] cells, String... merged) {
        XSSFSheet sheet = wb.createSheet(name);
        for (int r = 0; r < cells.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < cells[r].length; c++) {
                if (cells[r][c] != null && !cells[r][c].isEmpty()) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
        }
        for (String m : merged) {
            sheet.addMergedRegion(CellRangeAddress.valueOf(m));
        }
    }
}
