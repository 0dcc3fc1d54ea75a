package org.jixiao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jixiao.filing.Column;
import org.jixiao.filing.FiledRow;
import org.jixiao.filing.Kind;
import org.jixiao.filing.SourceRef;
import org.jixiao.findings.E08ValueOutOfRange;
import org.jixiao.findings.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The boundary of every column: a value at its limit is read, one past it refuses the project with an E08 at its cell. */
class ValueLimitsTest {

    private final ProjectAssembler assembler = new ProjectAssembler();

    private static String[] targets() {
        String[] c = new String[Column.values().length];
        c[Column.年度.ordinal()] = "2025";
        c[Column.主管部门.ordinal()] = "中共上海市松江区委组织部";
        c[Column.项目名称.ordinal()] = "党建工作";
        c[Column.年度资金申请总额.ordinal()] = "1000";
        c[Column.一级指标.ordinal()] = "产出指标";
        c[Column.二级指标.ordinal()] = "数量指标";
        c[Column.三级指标.ordinal()] = "活动次数";
        c[Column.指标值.ordinal()] = "≥1(次)";
        return c;
    }

    private static String[] self() {
        String[] c = new String[Column.values().length];
        c[Column.年度.ordinal()] = "2025";
        c[Column.主管部门.ordinal()] = "中共上海市松江区委组织部";
        c[Column.项目名称.ordinal()] = "党建工作";
        c[Column.全年预算数.ordinal()] = "1000";
        c[Column.全年执行数.ordinal()] = "1000";
        c[Column.一级指标.ordinal()] = "产出指标";
        c[Column.二级指标.ordinal()] = "数量指标";
        c[Column.三级指标.ordinal()] = "活动次数";
        c[Column.年度指标值.ordinal()] = "≥1(次)";
        c[Column.实际完成值.ordinal()] = "1次";
        c[Column.分值.ordinal()] = "90";
        c[Column.得分.ordinal()] = "90";
        return c;
    }

    private ProjectAssembler.Assembly assemble(Kind kind, Column column, String value) {
        return assemble(kind, column, value, true);
    }

    private ProjectAssembler.Assembly assemble(Kind kind, Column column, String value, boolean together) {
        String[] cells = kind == Kind.TARGETS ? targets() : self();
        cells[column.ordinal()] = value;
        if (together && BUDGET.contains(column) && !value.startsWith("-")) {
            // the computed 执行率 stays a rate: the three amounts of the total row move together
            BUDGET.forEach(c -> cells[c.ordinal()] = value);
        }
        return assembler.assemble(List.of(new FiledRow(1, 1, new SourceRef("a.csv", "", 2), kind, "k", cells)));
    }

    private static final List<Column> BUDGET = List.of(Column.年初预算数, Column.全年预算数, Column.全年执行数);

    static Stream<Arguments> boundaries() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (Column c : Column.values()) {
            if (c.type() != Column.Type.TEXT) {
                continue;
            }
            Kind kind = c.belongsTo(Kind.TARGETS) ? Kind.TARGETS : Kind.SELF_EVALUATION;
            int max = E08ValueOutOfRange.maxLength(c.name());
            b.add(Arguments.of(kind, c, "名".repeat(max), "名".repeat(max + 1)));
        }
        for (Column c : Column.values()) {
            if (c.type() == Column.Type.MONEY) {
                Kind kind = c.belongsTo(Kind.TARGETS) ? Kind.TARGETS : Kind.SELF_EVALUATION;
                b.add(Arguments.of(kind, c, "9,999,999,999,999.999999", "10,000,000,000,000"));
                b.add(Arguments.of(kind, c, "0.000001", "0.0000001"));
                b.add(Arguments.of(kind, c, "0", "-1"));
            }
        }
        for (Column c : new Column[] {Column.分值, Column.得分, Column.资金分值, Column.资金得分}) {
            b.add(Arguments.of(Kind.SELF_EVALUATION, c, "100", "100.0001"));
            b.add(Arguments.of(Kind.SELF_EVALUATION, c, "0", "-0.5"));
            b.add(Arguments.of(Kind.SELF_EVALUATION, c, "9.1234", "9.12345"));
        }
        for (Column c : new Column[] {Column.总分, Column.总得分}) {
            b.add(Arguments.of(Kind.SELF_EVALUATION, c, "1000", "1000.0001"));
        }
        b.add(Arguments.of(Kind.SELF_EVALUATION, Column.执行率, "1000%", "1000.01%"));
        b.add(Arguments.of(Kind.SELF_EVALUATION, Column.执行率, "99.12345678%", "99.123456789%"));
        return b.build();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("boundaries")
    void aValueAtTheLimitIsReadOnePastIsRefusedAtItsCell(Kind kind, Column column, String at, String past) {
        ProjectAssembler.Assembly ok = assemble(kind, column, at);
        assertThat(ok.findings()).as("at the limit").noneMatch(f -> f.rule().id().equals("E08"));
        assertThat(ok.rejected()).as("at the limit: " + ok.findings()).isFalse();
        ProjectAssembler.Assembly refused = assemble(kind, column, past, false);
        assertThat(refused.rejected()).as("past the limit").isTrue();
        assertThat(refused.findings()).filteredOn(f -> f.rule().id().equals("E08")).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo(column.name());
            assertThat(f.row()).isEqualTo(2);
            assertThat(f.message()).contains(column.name()).hasSizeLessThan(400);
        });
    }

    @ParameterizedTest
    @MethodSource("percentScores")
    void aScoreWrittenAsAPercentageIsRefusedSayingToWritePoints(Column column) {
        ProjectAssembler.Assembly a = assemble(Kind.SELF_EVALUATION, column, "100%");
        assertThat(a.rejected()).isTrue();
        assertThat(a.findings()).filteredOn(f -> f.column().equals(column.name())).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("百分数", "应填分数"));
    }

    static Stream<Column> percentScores() {
        return Stream.of(Column.分值, Column.得分, Column.资金分值, Column.资金得分, Column.总分, Column.总得分);
    }

    @ParameterizedTest
    @MethodSource("absurdRates")
    void anExecutedAmountFarAboveItsBudgetIsRefused(Column column, String value, Consumer<Finding> check) {
        ProjectAssembler.Assembly a = assemble(Kind.SELF_EVALUATION, column, value, false);
        assertThat(a.rejected()).isTrue();
        assertThat(a.findings()).filteredOn(f -> f.rule().id().equals("E08")).singleElement().satisfies(check);
    }

    static Stream<Arguments> absurdRates() {
        Consumer<Finding> executed = f -> assertThat(f.column()).isEqualTo("全年执行数");
        Consumer<Finding> initial = f -> assertThat(f.column()).isEqualTo("年初预算数");
        return Stream.of(Arguments.of(Column.全年执行数, "10000.01", executed), Arguments.of(Column.年初预算数, "0.0001", initial));
    }

    @ParameterizedTest
    @MethodSource("identities")
    void aRefusedProjectKeepsOnlyAShortFormOfAnOverlongIdentity(Column column) {
        ProjectAssembler.Assembly a = assemble(Kind.TARGETS, column, "名".repeat(5000));
        assertThat(a.rejected()).isTrue();
        assertThat(a.name() == null ? 0 : a.name().length()).isLessThanOrEqualTo(100);
        assertThat(a.department() == null ? 0 : a.department().length()).isLessThanOrEqualTo(200);
        assertThat(a.region() == null ? 0 : a.region().length()).isLessThanOrEqualTo(200);
        assertThat(a.findings()).allSatisfy(f -> assertThat(f.message()).hasSizeLessThan(400));
    }

    static Stream<Column> identities() {
        return Stream.of(Column.项目名称, Column.主管部门, Column.地区, Column.年度);
    }

    @org.junit.jupiter.api.Test
    void aProjectOfMoreRowsThanAnyProjectHasIsRefused() {
        List<FiledRow> rows = new java.util.ArrayList<>();
        for (int n = 0; n <= E08ValueOutOfRange.MAX_PROJECT_ROWS; n++) {
            rows.add(new FiledRow(1, n, new SourceRef("a.csv", "", n + 2), Kind.TARGETS, "k", targets()));
        }
        assertThat(assembler.assemble(rows.subList(0, E08ValueOutOfRange.MAX_PROJECT_ROWS)).findings()).noneMatch(f -> f.rule().id().equals("E08"));
        assertThat(assembler.assemble(rows).findings()).filteredOn(f -> f.rule().id().equals("E08")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("超过上限5000行"));
    }
}
