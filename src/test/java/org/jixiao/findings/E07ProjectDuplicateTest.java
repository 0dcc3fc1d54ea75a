package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.ingest.RawXlsx;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class E07ProjectDuplicateTest {

    @Nested
    class AcrossFiles {

        private static E07ProjectDuplicate.Copy copy(String path, String key, int row) {
            return new E07ProjectDuplicate.Copy(path, key, "", row, "部门甲", "党建工作");
        }

        @Test
        void aLaterFileFilingTheSameProjectIsRejectedNamingTheFirst() {
            List<E07ProjectDuplicate.Rejected> rejected = E07ProjectDuplicate.acrossFiles(List.of(
                    copy("a.csv", "T|2025|部门甲|党建工作", 2), copy("b.csv", "T|2025|部门甲|党建工作", 5)));
            assertThat(rejected).singleElement().satisfies(r -> {
                assertThat(r.copy().path()).isEqualTo("b.csv");
                assertThat(r.finding().rule()).isEqualTo(Rule.PROJECT_DUPLICATE);
                assertThat(r.finding().severity()).isEqualTo(Severity.错误);
                assertThat(r.finding().row()).isEqualTo(5);
                assertThat(r.finding().message()).isEqualTo("同一项目（年度、主管部门、项目名称相同）已在「a.csv」第2行报送；以先读到的为准，此处未导入");
            });
        }

        @Test
        void otherProjectsAndCopiesWithinOneFileAreNoDuplicates() {
            assertThat(E07ProjectDuplicate.acrossFiles(List.of(copy("a.csv", "T|2025|部门甲|党建工作", 2),
                    copy("a.csv", "T|2025|部门甲|党建工作", 9), copy("b.csv", "T|2025|部门甲|培训", 2),
                    copy("b.csv", "S|2025|部门甲|党建工作", 2)))).isEmpty();
        }
    }

    @Nested
    class InOneWorkbook {

        @TempDir
        Path dir;

        @Test
        void aCopiedSheetIsRejectedWithItsRowsNamingWhereTheFirstIs() throws IOException {
            Filed filed = Filed.read(Workbooks.write(dir, RawXlsx.workbook().sheet("项目", Workbooks.flat()).sheet("项目 (2)", Workbooks.flat())));
            assertThat(filed.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.PROJECT_DUPLICATE);
                assertThat(f.sheet()).isEqualTo("项目 (2)");
                assertThat(f.message()).isEqualTo("工作表「项目 (2)」第2行起的项目「党建工作」（年度、主管部门、项目名称相同）在本工作簿中已于工作表「项目」"
                        + "第2行报送；以先出现的为准，此处1行未导入（复制的工作表或表单请删除）");
            });
            assertThat(filed.projects()).hasSize(1);
        }

        @Test
        void twoSheetsOfTwoProjectsAreNoDuplicate() throws IOException {
            String[][] other = Workbooks.flat();
            other[1] = Filed.TARGETS_ROW.replace("党建工作", "培训").split(",");
            Filed filed = Filed.read(Workbooks.write(dir, RawXlsx.workbook().sheet("项目", Workbooks.flat()).sheet("培训", other)));
            assertThat(filed.findings()).isEmpty();
            assertThat(filed.projects()).hasSize(2);
        }
    }
}
