package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class E01YearInvalidTest {

    @TempDir
    Path dir;

    private Filed filedWithYear(String year) throws IOException {
        return Filed.csv(dir, Filed.TARGETS_HEADER, Filed.TARGETS_ROW.replaceFirst("^2025", year));
    }

    @Test
    void aYearThatCannotBeReadRejectsTheProject() throws IOException {
        Filed filed = filedWithYear("明年");
        assertThat(filed.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.YEAR_INVALID);
            assertThat(f.severity()).isEqualTo(Severity.错误);
            assertThat(f.row()).isEqualTo(2);
            assertThat(f.column()).isEqualTo("年度");
            assertThat(f.project()).isEqualTo("党建工作");
            assertThat(f.message()).isEqualTo("年度「明年」无法识别（应为 2025 或 2025年度），项目未导入");
        });
        assertThat(filed.projects()).isEmpty();
    }

    @Test
    void aBlankYearRejectsTheProject() throws IOException {
        assertThat(filedWithYear("").of(Rule.YEAR_INVALID)).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("年度为空，项目未导入"));
    }

    @Test
    void theYearInTheFormsFilersWriteIsRead() throws IOException {
        for (String year : new String[] {"2025", "2025年度", "(2025年度)", "2025年"}) {
            Filed filed = filedWithYear(year);
            assertThat(filed.rules()).as(year).doesNotContain(Rule.YEAR_INVALID);
            assertThat(filed.projects()).as(year).extracting(p -> p.year()).containsExactly(2025);
        }
    }
}
