package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class F09RowUnreadableTest {

    @TempDir
    Path dir;

    @Test
    void aRowWithAnOpenQuoteIsRejectedAloneAndTheNextIsRead() throws IOException {
        Filed filed = Filed.csv(dir, Filed.TARGETS_HEADER,
                "2025,中共上海市松江区委组织部,\"培训项目,100,产出指标,数量指标,培训班次,≥12(次)", Filed.TARGETS_ROW);
        assertThat(filed.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.ROW_UNREADABLE);
            assertThat(f.severity()).isEqualTo(Severity.错误);
            assertThat(f.row()).isEqualTo(2);
            assertThat(f.message()).startsWith("第2行（文件第2行）引号不配对");
        });
        assertThat(filed.projects()).extracting(p -> p.name()).containsExactly("党建工作");
    }

    @Test
    void quotesThatCloseAreNoProblem() throws IOException {
        assertThat(Filed.csv(dir, Filed.TARGETS_HEADER,
                "2025,中共上海市松江区委组织部,\"培训\"\"项目\"\"\",100,产出指标,数量指标,培训班次,≥12(次)").rules())
                .doesNotContain(Rule.ROW_UNREADABLE);
    }
}
