package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class F03HeaderUnrecognisedTest {

    @TempDir
    Path dir;

    @Test
    void aCsvWithoutAHeaderIsRefusedWithItsRowsCounted() throws IOException {
        Filed filed = Filed.csv(dir, "名称,金额", "党建工作,2030000", "培训,100");
        assertThat(filed.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.HEADER_UNRECOGNISED);
            assertThat(f.severity()).isEqualTo(Severity.错误);
            assertThat(f.message()).isEqualTo("前10行中没有找到申报表或自评表的表头（应含 年度、主管部门、项目名称、一级指标 等列），整个文件未导入");
        });
    }

    @Test
    void aTitleAboveTheHeaderIsNoProblem() throws IOException {
        Filed filed = Filed.csv(dir, "2025年度项目支出绩效目标申报表", Filed.TARGETS_HEADER, Filed.TARGETS_ROW);
        assertThat(filed.rules()).doesNotContain(Rule.HEADER_UNRECOGNISED);
        assertThat(filed.projects()).hasSize(1);
    }
}
