package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class F04ColumnMissingTest {

    @TempDir
    Path dir;

    @Test
    void aHeaderWithoutARequiredColumnRefusesTheFileNamingTheColumn() throws IOException {
        Filed filed = Filed.csv(dir, Filed.TARGETS_HEADER.replace(",年度资金申请总额", ""), Filed.TARGETS_ROW.replace(",2030000", ""));
        assertThat(filed.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.COLUMN_MISSING);
            assertThat(f.severity()).isEqualTo(Severity.错误);
            assertThat(f.row()).isEqualTo(1);
            assertThat(f.column()).isEqualTo("年度资金申请总额");
            assertThat(f.message()).isEqualTo("缺少必填列「年度资金申请总额」（绩效目标表），整个文件未导入");
        });
        assertThat(filed.projects()).isEmpty();
    }

    @Test
    void everyRequiredColumnPresentIsNoFinding() throws IOException {
        assertThat(Filed.csv(dir, Filed.TARGETS_HEADER, Filed.TARGETS_ROW).rules()).doesNotContain(Rule.COLUMN_MISSING);
    }
}
