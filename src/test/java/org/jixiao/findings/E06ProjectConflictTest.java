package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.filing.SourceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class E06ProjectConflictTest {

    @TempDir
    Path dir;

    private static final String SECOND = "2025,中共上海市松江区委组织部,党建工作,%s,产出指标,质量指标,验收合格率,≥95%%";

    @Test
    void twoAmountsForOneProjectRejectItNamingBothValuesAndRows() throws IOException {
        Filed filed = Filed.csv(dir, Filed.TARGETS_HEADER, Filed.TARGETS_ROW, SECOND.formatted("2000000"));
        assertThat(filed.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.PROJECT_CONFLICT);
            assertThat(f.severity()).isEqualTo(Severity.错误);
            assertThat(f.row()).isEqualTo(3);
            assertThat(f.column()).isEqualTo("年度资金申请总额");
            assertThat(f.message()).isEqualTo("同一项目的「年度资金申请总额」前后不一致：第2行为「2030000」，第3行为「2000000」；项目未导入");
        });
        assertThat(filed.projects()).isEmpty();
    }

    @Test
    void theSameAmountWrittenAnotherWayOrLeftBlankAgrees() throws IOException {
        Filed filed = Filed.csv(dir, Filed.TARGETS_HEADER, Filed.TARGETS_ROW, SECOND.formatted("\"2,030,000.00\""),
                SECOND.formatted("").replace("验收合格率", "资料完整率"));
        assertThat(filed.findings()).isEmpty();
        assertThat(filed.projects()).singleElement().satisfies(p -> assertThat(p.indicators()).hasSize(3));
    }

    @Test
    void rowsAreListedAsRuns() {
        SourceRef at = new SourceRef("a.csv", "", 5);
        Finding f = E06ProjectConflict.of("项目类别", List.of(new E06ProjectConflict.Filed("甲", List.of(2, 3, 4, 9), at),
                new E06ProjectConflict.Filed("乙", List.of(5, 7), at)));
        assertThat(f.message()).isEqualTo("同一项目的「项目类别」前后不一致：第2–4、9行为「甲」，第5、7行为「乙」；项目未导入");
    }
}
