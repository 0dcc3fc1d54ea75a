package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.roster.Roster;
import org.jixiao.roster.RosterReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class W18RosterDuplicateTest {

    @TempDir
    Path dir;

    private Roster roster(String... rows) throws IOException {
        Files.writeString(dir.resolve("名单.csv"), "年度,主管部门,应报类型,截止日期\n" + String.join("\n", rows) + "\n");
        return RosterReader.read(dir);
    }

    @Test
    void aDepartmentListedTwiceKeepsItsFirstRow() throws IOException {
        Roster r = roster("2025,中共上海市松江区委组织部,绩效目标,2025-03-31", "2025,中共上海市松江区委组织部,绩效目标,2025-04-30");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.ROSTER_DUPLICATE);
            assertThat(f.severity()).isEqualTo(Severity.问题);
            assertThat(f.row()).isEqualTo(3);
            assertThat(f.message()).isEqualTo("2025年度 中共上海市松江区委组织部 的绩效目标已在第2行列出，本行重复，未使用"
                    + "（两行的截止日期不同：2025-03-31 与 2025-04-30，按前一行）");
        });
        assertThat(r.entries()).singleElement().satisfies(e -> assertThat(e.deadline()).hasToString("2025-03-31"));
    }

    @Test
    void twoRostersInTheFolderAreReadFromTheWorkbook() throws IOException {
        java.nio.file.Files.writeString(dir.resolve("名单.csv"), "年度,主管部门,应报类型\n2025,中共上海市松江区委组织部,绩效目标\n");
        org.jixiao.ingest.RawXlsx.workbook().sheet("名单", new String[][] {{"年度", "主管部门", "应报类型"}, {"2025", "中共上海市嘉定区委组织部", "绩效目标"}})
                .write(dir.resolve("名单.xlsx"));
        assertThat(RosterReader.read(dir).findings()).extracting(Finding::file, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("名单.csv", "输入目录中同时有 名单.xlsx 和 名单.csv，只读取了 名单.xlsx；请删除不用的一个"));
    }

    @Test
    void aDepartmentListedOnceForEachKindIsNoDuplicate() throws IOException {
        assertThat(roster("2025,中共上海市松江区委组织部,绩效目标,", "2025,中共上海市松江区委组织部,绩效自评,").findings()).isEmpty();
    }
}
