package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.jixiao.ingest.RawXlsx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class F06SheetUnrecognisedTest {

    @TempDir
    Path dir;

    @Test
    void aCoverSheetIsAProblemNamingItAndTheFilingIsRead() throws IOException {
        Filed filed = Filed.read(Workbooks.write(dir, RawXlsx.workbook()
                .sheet("封面", new String[][] {{"2025年预算绩效材料"}, {"报送单位", "松江区委组织部"}})
                .sheet("项目", Workbooks.flat())));
        assertThat(filed.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.SHEET_UNRECOGNISED);
            assertThat(f.severity()).isEqualTo(Severity.问题);
            assertThat(f.sheet()).isEqualTo("封面");
            assertThat(f.message()).startsWith("工作表「封面」（2行）既不是明细表");
        });
        assertThat(filed.projects()).hasSize(1);
    }

    @Test
    void aNotesSheetIsNoProblem() throws IOException {
        Filed filed = Filed.read(Workbooks.write(dir, RawXlsx.workbook()
                .sheet("项目", Workbooks.flat()).sheet("填写说明", new String[][] {{"请按表头填写"}})));
        assertThat(filed.findings()).isEmpty();
    }
}
