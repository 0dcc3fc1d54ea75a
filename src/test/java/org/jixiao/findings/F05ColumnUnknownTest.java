package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class F05ColumnUnknownTest {

    @TempDir
    Path dir;

    @Test
    void anUnknownColumnIsAProblemAndTheRestIsRead() throws IOException {
        Filed filed = Filed.targetsWith(dir, "备注", "无");
        assertThat(filed.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.COLUMN_UNKNOWN);
            assertThat(f.severity()).isEqualTo(Severity.问题);
            assertThat(f.column()).isEqualTo("备注");
            assertThat(f.message()).isEqualTo("表头中有未知的列，其内容未导入：「备注」");
        });
        assertThat(filed.projects()).hasSize(1);
    }

    @Test
    void anOptionalColumnOfTheContractIsKnown() throws IOException {
        assertThat(Filed.targetsWith(dir, "项目编码", "P-1").rules()).doesNotContain(Rule.COLUMN_UNKNOWN);
    }
}
