package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class E08ValueOutOfRangeTest {

    @TempDir
    Path dir;

    @Test
    void aNegativeAmountRejectsTheProject() throws IOException {
        Filed filed = Filed.csv(dir, Filed.TARGETS_HEADER, Filed.TARGETS_ROW.replace("2030000", "-2030000"));
        assertThat(filed.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.VALUE_OUT_OF_RANGE);
            assertThat(f.severity()).isEqualTo(Severity.错误);
            assertThat(f.column()).isEqualTo("年度资金申请总额");
            assertThat(f.message()).isEqualTo("「年度资金申请总额」「-2030000」是负数，金额不能为负，项目未导入");
        });
        assertThat(filed.projects()).isEmpty();
    }

    @Test
    void aNamePastItsLengthRejectsTheProject() throws IOException {
        String pasted = "党".repeat(E08ValueOutOfRange.maxLength("项目名称") + 1);
        assertThat(Filed.csv(dir, Filed.TARGETS_HEADER, Filed.TARGETS_ROW.replace("党建工作", pasted)).of(Rule.VALUE_OUT_OF_RANGE))
                .singleElement().satisfies(f -> assertThat(f.message()).startsWith("「项目名称」有201个字符，超过上限200个字符"));
    }

    @Test
    void aScoreOffTheHundredPointScaleRejectsTheProject() throws IOException {
        Filed filed = Filed.csv(dir, Filed.SELF_HEADER, Filed.SELF_ROWS[0].replaceFirst(",50,50$", ",500,500"), Filed.SELF_ROWS[1],
                Filed.SELF_ROWS[2]);
        assertThat(filed.of(Rule.VALUE_OUT_OF_RANGE)).extracting(Finding::column).containsExactly("分值", "得分");
    }

    @Test
    void spendingTenfoldTheBudgetIsAnAmountInTheWrongUnit() throws IOException {
        Filed filed = Filed.csv(dir, Filed.SELF_HEADER, Filed.SELF_ROWS[0].replace("100000,100000", "100000,100000000"));
        assertThat(filed.of(Rule.VALUE_OUT_OF_RANGE)).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("全年执行数");
            assertThat(f.message()).contains("超过全年预算数", "10倍");
        });
    }

    @Test
    void valuesWithinTheirLimitsAreNoFinding() throws IOException {
        String name = "党".repeat(E08ValueOutOfRange.maxLength("项目名称"));
        assertThat(Filed.csv(dir, Filed.TARGETS_HEADER, Filed.TARGETS_ROW.replace("党建工作", name).replace("2030000", "9999999999999"))
                .findings()).isEmpty();
        assertThat(E08ValueOutOfRange.maxLength("年度资金申请总额")).isEqualTo(100);
    }
}
