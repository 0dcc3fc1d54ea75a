package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class F02FileEmptyTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsRefused() throws IOException {
        assertThat(Filed.csv(dir, StandardCharsets.UTF_8, "").findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.FILE_EMPTY);
            assertThat(f.severity()).isEqualTo(Severity.错误);
            assertThat(f.message()).isEqualTo("文件为空，没有表头也没有数据");
        });
    }

    @Test
    void aHeaderWithoutRowsIsRefused() throws IOException {
        assertThat(Filed.csv(dir, Filed.TARGETS_HEADER).findings()).extracting(Finding::rule, Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.FILE_EMPTY, "文件只有表头，没有数据行"));
    }

    @Test
    void aHeaderWithARowIsNotEmpty() throws IOException {
        assertThat(Filed.csv(dir, Filed.TARGETS_HEADER, Filed.TARGETS_ROW).rules()).doesNotContain(Rule.FILE_EMPTY);
    }
}
