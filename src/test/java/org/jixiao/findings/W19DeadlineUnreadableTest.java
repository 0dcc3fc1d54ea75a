package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.roster.Roster;
import org.jixiao.roster.RosterReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class W19DeadlineUnreadableTest {

    @TempDir
    Path dir;

    private Roster roster(String deadline) throws IOException {
        Path file = Files.writeString(dir.resolve("名单.csv"), "年度,主管部门,应报类型,截止日期\n2025,中共上海市松江区委组织部,绩效目标," + deadline + "\n");
        return RosterReader.read(file, "名单.csv");
    }

    @Test
    void aDeadlineThatCannotBeReadIsAProblemAndTheRowIsKeptWithoutOne() throws IOException {
        Roster r = roster("三月底");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.DEADLINE_UNREADABLE);
            assertThat(f.severity()).isEqualTo(Severity.问题);
            assertThat(f.column()).isEqualTo("截止日期");
            assertThat(f.message()).isEqualTo("截止日期「三月底」无法识别（应为 2025-03-31 这样的日期），本行按未定截止日期处理，不判断是否逾期");
        });
        assertThat(r.entries()).singleElement().satisfies(e -> assertThat(e.deadline()).isNull());
    }

    @Test
    void aDateOrNoDeadlineIsNoProblem() throws IOException {
        assertThat(roster("2025-03-31").findings()).isEmpty();
        assertThat(roster("").findings()).isEmpty();
    }
}
