package org.jixiao.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.jixiao.filing.Budget;
import org.jixiao.filing.Column;
import org.jixiao.filing.FiledRow;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Project;
import org.jixiao.filing.SelfEvaluation;
import org.jixiao.filing.TargetFunds;
import org.jixiao.filing.TargetValue;
import org.jixiao.findings.Hierarchy;
import org.jixiao.ingest.HeaderMap;
import org.jixiao.ingest.ProjectAssembler;
import org.jixiao.ingest.ProjectKeys;
import org.jixiao.ingest.RawRow;
import org.jixiao.ingest.RowSource;
import org.jixiao.ingest.RowSources;
import org.jixiao.ingest.SourceItem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FillInTemplateTest {

    @TempDir
    Path dir;

    @Nested
    class Layout {

        @ParameterizedTest
        @EnumSource(Kind.class)
        void itsHeaderIsACompleteFlatHeaderOfItsKind(Kind kind) throws IOException {
            try (XSSFWorkbook wb = open(template(kind))) {
                XSSFSheet sheet = wb.getSheetAt(0);
                List<String> headers = new ArrayList<>();
                sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));

                HeaderMap header = HeaderMap.recognise(headers);

                assertThat(wb.getSheetName(0)).isEqualTo(kind.label());
                assertThat(wb.getSheetName(1)).isEqualTo("填写说明");
                assertThat(header.kind()).isEqualTo(kind);
                assertThat(header.missing()).isEmpty();
                assertThat(header.unknown()).isEmpty();
                assertThat(headers).hasSize((int) java.util.Arrays.stream(Column.values()).filter(c -> c.belongsTo(kind)).count());
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            }
        }

        @Test
        void moneyColumnsAreFormattedAsMoneyAndIndicatorValuesAsText() throws IOException {
            try (XSSFWorkbook wb = open(template(Kind.TARGETS))) {
                XSSFSheet sheet = wb.getSheetAt(0);
                Map<String, Integer> at = columns(sheet);

                assertThat(sheet.getColumnStyle(at.get("年度资金申请总额（元）")).getDataFormatString()).isEqualTo("#,##0.00");
                assertThat(sheet.getColumnStyle(at.get("当年财政拨款（元）")).getDataFormatString()).isEqualTo("#,##0.00");
                assertThat(sheet.getColumnStyle(at.get("计划开始日期")).getDataFormatString()).isEqualTo("yyyy-mm-dd");
                assertThat(sheet.getColumnStyle(at.get("指标值")).getDataFormatString()).isEqualTo("@");
                assertThat(sheet.getRow(0).getCell(at.get("年度资金申请总额（元）")).getCellComment().getString().getString())
                        .contains("必填", "元");
            }
        }

        @Test
        void dropdownsFor一级ItsOwn二级CategoryAndNatureWarnButNeverRefuse() throws IOException {
            try (XSSFWorkbook wb = open(template(Kind.TARGETS))) {
                XSSFSheet sheet = wb.getSheetAt(0);
                Map<String, Integer> at = columns(sheet);
                Map<Integer, XSSFDataValidation> byColumn = new LinkedHashMap<>();
                for (XSSFDataValidation v : sheet.getDataValidations()) {
                    byColumn.put(v.getRegions().getCellRangeAddress(0).getFirstColumn(), v);
                }
                String level1Column = org.apache.poi.ss.util.CellReference.convertNumToColString(at.get("一级指标"));

                assertThat(byColumn.get(at.get("一级指标")).getValidationConstraint().getFormula1()).isEqualTo("一级指标清单");
                assertThat(byColumn.get(at.get("二级指标")).getValidationConstraint().getFormula1())
                        .isEqualTo("INDIRECT($" + level1Column + "2)");
                assertThat(byColumn.get(at.get("项目类别")).getValidationConstraint().getFormula1()).isEqualTo("项目类别清单");
                assertThat(byColumn.get(at.get("项目性质")).getValidationConstraint().getFormula1()).isEqualTo("项目性质清单");
                assertThat(byColumn.values()).allSatisfy(v -> {
                    assertThat(v.getErrorStyle()).isNotEqualTo(DataValidation.ErrorStyle.STOP);
                    assertThat(v.getRegions().getCellRangeAddress(0).getLastRow()).isEqualTo(FillInTemplate.ROWS);
                });
                assertThat(byColumn.get(at.get("一级指标")).getSuppressDropDownArrow()).as("POI: true shows the in-cell arrow").isTrue();
            }
        }

        @Test
        void everyStandard一级NamesTheListOfIts二级() throws IOException {
            try (XSSFWorkbook wb = open(template(Kind.SELF_EVALUATION))) {
                assertThat(listNamed(wb, "一级指标清单")).containsExactlyElementsOf(Hierarchy.standard().keySet());
                Hierarchy.standard().forEach((one, twos) -> assertThat(listNamed(wb, one)).containsExactlyElementsOf(twos));
                assertThat(listNamed(wb, "项目类别清单")).contains("特定目标类", "其他运转类");
                assertThat(listNamed(wb, "项目性质清单")).contains("经常性专项业务费", "其他一次性项目");
            }
        }

        @Test
        void aFiledTemplateIsNeverOverwritten() throws IOException {
            Path file = template(Kind.TARGETS);
            byte[] before = Files.readAllBytes(file);

            assertThatThrownBy(() -> new FillInTemplate(Kind.TARGETS).write(file)).isInstanceOf(FileAlreadyExistsException.class);
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        }
    }

    @Nested
    class RoundTrip {

        @Test
        void aFilledTargetsTemplateImportsAsExactlyTheProjectFilled() throws IOException {
            Path file = fill(Kind.TARGETS, (sheet, put) -> {
                Row r = sheet.createRow(1);
                put.accept(r, Map.of("年度", 2025, "主管部门", "中共上海市松江区委组织部", "实施单位", "上海市松江区党员服务中心",
                        "项目编码", "310117-2025-001", "项目名称", "党员教育培训", "项目性质", "经常性专项业务费", "项目类别", "特定目标类"));
                put.accept(r, Map.of("计划开始日期", LocalDate.of(2025, 1, 1), "计划完成日期", LocalDate.of(2025, 12, 31),
                        "项目资金总额（元）", 2840530.5, "财政资金（元）", 2840530.5, "其他资金（元）", 0,
                        "年度资金申请总额（元）", 2840530.5, "当年财政拨款（元）", 2640530.5, "上年结转资金（元）", 200000,
                        "年度其他资金（元）", 0));
                put.accept(r, Map.of("项目总目标", "提升党员教育质量", "年度总体目标", "全年培训党员不少于 2000 人次",
                        "一级指标", "产出指标", "二级指标", "数量指标", "三级指标", "培训人次", "指标值", ">=2000(人次)"));
                put.accept(sheet.createRow(2), Map.of("一级指标", "产出指标", "二级指标", "时效指标", "三级指标", "培训完成时间",
                        "指标值", "=12(月)"));
                put.accept(sheet.createRow(3), Map.of("一级指标", "满意度指标", "二级指标", "服务对象满意度指标",
                        "三级指标", "学员满意度", "指标值", "≥90(%)"));
            });

            Project expected = new Project(Kind.TARGETS, 2025, "松江区", "中共上海市松江区委组织部", "上海市松江区党员服务中心",
                    "310117-2025-001", "党员教育培训", "经常性专项业务费", "特定目标类", LocalDate.of(2025, 1, 1),
                    LocalDate.of(2025, 12, 31), new TargetFunds(money("2840530.5"), money("2840530.5"), money("0"),
                            money("2840530.5"), money("2640530.5"), money("200000"), money("0")),
                    null, "提升党员教育质量", "全年培训党员不少于 2000 人次", List.of(
                            targets("产出指标", "数量指标", "培训人次", ">=2000(人次)"),
                            targets("产出指标", "时效指标", "培训完成时间", "=12(月)"),
                            targets("满意度指标", "服务对象满意度指标", "学员满意度", "≥90(%)")), null);
            assertImports(file, expected);
        }

        @Test
        void aFilledSelfEvaluationTemplateImportsAsExactlyTheProjectFilled() throws IOException {
            Path file = fill(Kind.SELF_EVALUATION, (sheet, put) -> {
                Row r = sheet.createRow(1);
                put.accept(r, Map.of("年度", 2023, "主管部门", "中共上海市松江区委组织部", "项目名称", "人才工作",
                        "年初预算数（元）", 280000, "全年预算数（元）", 319052.75, "全年执行数（元）", 319052.75, "资金分值", 10));
                put.accept(r, Map.of("当年财政拨款年初预算数（元）", 280000, "当年财政拨款全年预算数（元）", 319052.75,
                        "当年财政拨款全年执行数（元）", 319052.75, "上年结转资金年初预算数（元）", 0, "总分", 100, "总得分", 97));
                put.accept(r, Map.of("预期目标", "办好人才峰会", "实际完成情况", "峰会如期举办", "一级指标", "产出指标",
                        "二级指标", "数量指标", "三级指标", "结对活动", "年度指标值", ">=50次", "实际完成值", "=52次", "分值", 50, "得分", 50));
                put.accept(sheet.createRow(2), Map.of("一级指标", "效益指标", "二级指标", "社会效益指标", "三级指标", "政策知晓率",
                        "年度指标值", ">=90%", "实际完成值", "=85%", "分值", 30, "得分", 27.5));
                put.accept(sheet.getRow(2), Map.of("偏差原因分析及改进措施", "宣传覆盖不足，下年加强"));
                put.accept(sheet.createRow(3), Map.of("一级指标", "满意度指标", "二级指标", "服务对象满意度指标",
                        "三级指标", "人才满意度", "年度指标值", "≥90(%)", "实际完成值", "=95(%)", "分值", 10, "得分", 9.5));
            });

            SelfEvaluation evaluation = new SelfEvaluation(new Budget(money("280000"), money("319052.75"), money("319052.75")),
                    new Budget(money("280000"), money("319052.75"), money("319052.75")), new Budget(money("0"), null, null),
                    Budget.NONE, money("10"), "办好人才峰会", "峰会如期举办", null, null, money("100"), money("97"));
            Project expected = new Project(Kind.SELF_EVALUATION, 2023, "松江区", "中共上海市松江区委组织部", "中共上海市松江区委组织部",
                    null, "人才工作", null, null, null, null, null, evaluation, null, null, List.of(
                            self("产出指标", "数量指标", "结对活动", ">=50次", "=52次", "50", "50", null),
                            self("效益指标", "社会效益指标", "政策知晓率", ">=90%", "=85%", "30", "27.5", "宣传覆盖不足，下年加强"),
                            self("满意度指标", "服务对象满意度指标", "人才满意度", "≥90(%)", "=95(%)", "10", "9.5", null)), null);
            assertImports(file, expected);
        }
    }

    private Path template(Kind kind) throws IOException {
        Path file = dir.resolve(kind.name() + "-template.xlsx");
        new FillInTemplate(kind).write(file);
        return file;
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Map<String, Integer> columns(XSSFSheet sheet) {
        Map<String, Integer> at = new LinkedHashMap<>();
        sheet.getRow(0).forEach(c -> at.put(c.getStringCellValue(), c.getColumnIndex()));
        return at;
    }

    private static List<String> listNamed(XSSFWorkbook wb, String name) {
        org.apache.poi.ss.util.AreaReference area = new org.apache.poi.ss.util.AreaReference(
                wb.getName(name).getRefersToFormula(), org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
        List<String> values = new ArrayList<>();
        for (org.apache.poi.ss.util.CellReference ref : area.getAllReferencedCells()) {
            values.add(wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()).getStringCellValue());
        }
        return values;
    }

    /** Writes a template, fills it as a clerk would (numbers, dates, text by header), and saves the copy. */
    private Path fill(Kind kind, BiConsumer<XSSFSheet, BiConsumer<Row, Map<String, Object>>> filling) throws IOException {
        Path filled = dir.resolve(kind.name() + "-filled.xlsx");
        try (XSSFWorkbook wb = open(template(kind)); OutputStream out = Files.newOutputStream(filled)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            Map<String, Integer> at = columns(sheet);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            filling.accept(sheet, (row, values) -> values.forEach((header, value) -> {
                assertThat(at).containsKey(header);
                Cell cell = row.createCell(at.get(header));
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (value instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else {
                    cell.setCellValue((String) value);
                }
            }));
            wb.write(out);
        }
        return filled;
    }

    private static void assertImports(Path file, Project expected) throws IOException {
        ProjectKeys keys = new ProjectKeys();
        List<FiledRow> rows = new ArrayList<>();
        try (RowSource source = RowSources.open(file, file.getFileName().toString())) {
            for (SourceItem item = source.next(); item != null; item = source.next()) {
                assertThat(item).isInstanceOf(RawRow.class);
                RawRow row = (RawRow) item;
                String key = keys.assign(row);
                rows.add(new FiledRow(1, rows.size() + 1, row.source(), row.kind(), key, row.cells()));
            }
        }
        assertThat(rows).extracting(FiledRow::projectKey).containsOnly(rows.get(0).projectKey());

        ProjectAssembler.Assembly assembly = new ProjectAssembler().assemble(rows);

        assertThat(assembly.findings()).isEmpty();
        assertThat(assembly.project()).usingRecursiveComparison(RecursiveComparisonConfiguration.builder()
                        .withIgnoredFieldsMatchingRegexes("source", ".*\\.source")
                        .withComparatorForType(Comparator.nullsFirst(BigDecimal::compareTo), BigDecimal.class)
                        .build())
                .isEqualTo(expected);
    }

    private static BigDecimal money(String s) {
        return new BigDecimal(s);
    }

    private static Indicator targets(String one, String two, String three, String value) {
        return new Indicator(null, one, two, three, TargetValue.parse(value), null, null, null, null);
    }

    private static Indicator self(String one, String two, String three, String target, String actual, String weight,
            String score, String deviation) {
        return new Indicator(null, one, two, three, TargetValue.parse(target), TargetValue.parse(actual), new BigDecimal(weight),
                new BigDecimal(score), deviation);
    }
}
