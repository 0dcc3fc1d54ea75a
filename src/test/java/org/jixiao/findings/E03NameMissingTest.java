package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.jixiao.ingest.RawXlsx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class E03NameMissingTest {

    @TempDir
    Path dir;

    @Test
    void aFlatRowWithoutNameIsRejected() throws IOException {
        Filed filed = Filed.csv(dir, Filed.TARGETS_HEADER, Filed.TARGETS_ROW.replace("党建工作", ""));
        assertThat(filed.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.NAME_MISSING);
            assertThat(f.severity()).isEqualTo(Severity.错误);
            assertThat(f.column()).isEqualTo("项目名称");
            assertThat(f.message()).isEqualTo("项目名称为空，项目未导入");
        });
    }

    @Test
    void aFormWithoutNameIsRejectedWholeWithOneFinding() throws IOException {
        String[][] form = Workbooks.form("");
        Filed filed = Filed.read(Workbooks.write(dir, RawXlsx.workbook().sheet("项目", form)));
        assertThat(filed.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.NAME_MISSING);
            assertThat(f.row()).isEqualTo(3);
            assertThat(f.message()).isEqualTo("工作表「项目」第3行的表单没有填写项目名称，该表单的1行指标未导入");
        });
        assertThat(filed.projects()).isEmpty();
    }

    @Test
    void aNamedProjectIsRead() throws IOException {
        assertThat(Filed.read(Workbooks.write(dir, RawXlsx.workbook().sheet("项目", Workbooks.form("党建工作")))).projects())
                .extracting(p -> p.name()).containsExactly("党建工作");
    }
}
