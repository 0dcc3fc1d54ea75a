package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class F07RowTooWideTest {

    @TempDir
    Path dir;

    @Test
    void anAmountWithCommasOutsideQuotesRejectsItsRowAlone() throws IOException {
        Filed filed = Filed.csv(dir, Filed.TARGETS_HEADER, Filed.TARGETS_ROW,
                "2025,中共上海市松江区委组织部,培训项目,2,030,000.00,产出指标,数量指标,培训班次,≥12(次)");
        assertThat(filed.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.ROW_TOO_WIDE);
            assertThat(f.severity()).isEqualTo(Severity.错误);
            assertThat(f.row()).isEqualTo(3);
            assertThat(f.column()).isEqualTo("I");
            assertThat(f.message()).startsWith("第3行有10个单元格，多于表头的8个");
        });
        assertThat(filed.projects()).extracting(p -> p.name()).containsExactly("党建工作");
    }

    @Test
    void anAmountInQuotesIsOneCell() throws IOException {
        Filed filed = Filed.csv(dir, Filed.TARGETS_HEADER,
                "2025,中共上海市松江区委组织部,培训项目,\"2,030,000.00\",产出指标,数量指标,培训班次,≥12(次)");
        assertThat(filed.findings()).isEmpty();
        assertThat(filed.projects().get(0).funds().annual()).isEqualByComparingTo("2030000");
    }
}
