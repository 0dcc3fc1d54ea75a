package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class F01FileUnreadableTest {

    @TempDir
    Path dir;

    @Test
    void aCsvThatIsAWorkbookIsRefusedWholeSayingWhatItIs() throws IOException {
        Path zip = Files.write(dir.resolve("a.csv"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0});
        assertThat(Filed.read(zip).findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.FILE_UNREADABLE);
            assertThat(f.severity()).isEqualTo(Severity.错误);
            assertThat(f.row()).isZero();
            assertThat(f.message()).isEqualTo("这是一个 Excel 工作簿（.xlsx）或其他压缩文件，扩展名却是 .csv：若是工作簿，请把扩展名改回 .xlsx");
        });
    }

    @Test
    void textNamedAsAWorkbookIsRefusedWhole() throws IOException {
        Path text = Files.writeString(dir.resolve("a.xlsx"), Filed.TARGETS_HEADER + "\n" + Filed.TARGETS_ROW + "\n");
        assertThat(Filed.read(text).of(Rule.FILE_UNREADABLE)).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("文件不是有效的 Excel (.xlsx) 工作簿"));
    }

    @Test
    void aSemicolonSeparatedCsvIsRefusedAtItsHeader() throws IOException {
        Filed filed = Filed.csv(dir, Filed.TARGETS_HEADER.replace(',', ';'), Filed.TARGETS_ROW.replace(',', ';'));
        assertThat(filed.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.FILE_UNREADABLE);
            assertThat(f.row()).isEqualTo(1);
            assertThat(f.message()).contains("分号");
        });
        assertThat(filed.projects()).isEmpty();
    }

    @Test
    void aReadableCsvIsNotRefused() throws IOException {
        Filed filed = Filed.csv(dir, StandardCharsets.UTF_8, Filed.TARGETS_HEADER + "\n" + Filed.TARGETS_ROW + "\n");
        assertThat(filed.findings()).isEmpty();
        assertThat(filed.projects()).hasSize(1);
    }

    @Test
    void aBrokenSheetNamesItselfAndTheRowsItLost() {
        assertThat(F01FileUnreadable.sheetBroken("表1", "的 XML 在第9行附近损坏", 3).message())
                .isEqualTo("工作表「表1」的 XML 在第9行附近损坏；已读到的3行未导入");
        assertThat(F01FileUnreadable.sheetBroken("表1", "的 XML 在第9行附近损坏", 0).message()).isEqualTo("工作表「表1」的 XML 在第9行附近损坏");
    }
}
