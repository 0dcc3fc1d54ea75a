package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class W13ValueUnreadableTest {

    @TempDir
    Path dir;

    @Test
    void anOptionalAmountThatCannotBeReadIsAProblemAndAbsent() throws IOException {
        Filed filed = Filed.targetsWith(dir, "项目资金总额", "二百万");
        assertThat(filed.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.VALUE_UNREADABLE);
            assertThat(f.severity()).isEqualTo(Severity.问题);
            assertThat(f.column()).isEqualTo("项目资金总额");
            assertThat(f.message()).isEqualTo("「项目资金总额」「二百万」不是有效的金额，按未填写处理");
        });
        assertThat(filed.projects()).singleElement().satisfies(p -> assertThat(p.funds().total()).isNull());
    }

    @Test
    void anOptionalDateThatCannotBeReadIsAProblemAndAbsent() throws IOException {
        assertThat(Filed.targetsWith(dir, "计划开始日期", "下周").findings()).extracting(Finding::message)
                .containsExactly("「计划开始日期」「下周」不是有效的日期，按未填写处理");
    }

    @Test
    void aDashOrABlankIsAbsentNotUnreadable() throws IOException {
        assertThat(Filed.targetsWith(dir, "项目资金总额", "—").findings()).isEmpty();
        assertThat(Filed.targetsWith(dir, "计划开始日期", null).findings()).isEmpty();
        assertThat(Filed.targetsWith(dir, "计划开始日期", "2025年1月1日").findings()).isEmpty();
    }
}
