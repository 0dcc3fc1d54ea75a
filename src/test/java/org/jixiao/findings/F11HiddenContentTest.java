package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.ingest.RawXlsx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class F11HiddenContentTest {

    @TempDir
    Path dir;

    @Test
    void aHiddenSheetIsNotReadAndSaid() throws IOException {
        Filed filed = Filed.read(Workbooks.write(dir, RawXlsx.workbook().sheet("项目", Workbooks.flat())
                .sheet("旧版", "hidden", Workbooks.flat())));
        assertThat(filed.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.HIDDEN_CONTENT);
            assertThat(f.severity()).isEqualTo(Severity.问题);
            assertThat(f.sheet()).isEqualTo("旧版");
            assertThat(f.message()).startsWith("工作表「旧版」是隐藏的，未读取");
        });
        assertThat(filed.projects()).hasSize(1);
    }

    @Test
    void visibleSheetsAreNoProblem() throws IOException {
        assertThat(Filed.read(Workbooks.write(dir, RawXlsx.workbook().sheet("项目", Workbooks.flat()))).findings()).isEmpty();
    }

    @Test
    void hiddenRowsAndColumnsAreNamedTenAtMost() {
        FileFinding f = F11HiddenContent.hiddenParts("表", List.of(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13), List.of("C"));
        assertThat(f.row()).isEqualTo(3);
        assertThat(f.message()).startsWith("工作表「表」第3、4、5、6、7、8、9、10、11、12等11行是隐藏行，第C列是隐藏列，其内容已照常读取");
        assertThat(F11HiddenContent.hiddenParts("表", List.of(), List.of())).isNull();
    }
}
