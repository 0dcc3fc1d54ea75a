package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.roster.Roster;
import org.jixiao.roster.RosterReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class E09RosterRowInvalidTest {

    @TempDir
    Path dir;

    private Roster roster(String... rows) throws IOException {
        Path file = Files.writeString(dir.resolve("名单.csv"), "年度,主管部门,应报类型,截止日期\n" + String.join("\n", rows) + "\n");
        return RosterReader.read(file, "名单.csv");
    }

    @Test
    void aRowWithoutAReadableYearIsNotUsed() throws IOException {
        Roster r = roster("明年,中共上海市松江区委组织部,绩效目标,", "2025,中共上海市嘉定区委组织部,绩效目标,");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.ROSTER_ROW_INVALID);
            assertThat(f.severity()).isEqualTo(Severity.错误);
            assertThat(f.row()).isEqualTo(2);
            assertThat(f.column()).isEqualTo("年度");
            assertThat(f.message()).isEqualTo("年度「明年」无法识别（应为 2025 或 2025年度），名单第2行未使用");
        });
        assertThat(r.entries()).extracting(e -> e.department()).containsExactly("中共上海市嘉定区委组织部");
    }

    @Test
    void aRowOfAnUnknownKindIsNotUsed() throws IOException {
        assertThat(roster("2025,中共上海市松江区委组织部,决算,").findings()).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("应报类型");
            assertThat(f.message()).startsWith("应报类型「决算」无法识别（应填 绩效目标、绩效自评");
        });
    }

    @Test
    void aRowWithoutDepartmentIsNotUsed() throws IOException {
        assertThat(roster("2025,,绩效目标,").findings()).extracting(Finding::message).containsExactly("主管部门为空，名单第2行未使用");
    }

    @Test
    void aWholeRowIsUsed() throws IOException {
        Roster r = roster("2025,中共上海市松江区委组织部,绩效目标、绩效自评,2025-03-31");
        assertThat(r.findings()).isEmpty();
        assertThat(r.entries()).hasSize(1);
    }
}
