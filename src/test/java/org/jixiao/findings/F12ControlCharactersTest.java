package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class F12ControlCharactersTest {

    @TempDir
    Path dir;

    @Test
    void invisibleCharactersAreTakenOutAndSaidOnceForTheFile() throws IOException {
        Filed filed = Filed.csv(dir, Filed.TARGETS_HEADER, Filed.TARGETS_ROW.replace("党建工作", "党建\u0000工作\u200B"));
        assertThat(filed.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.CONTROL_CHARACTERS);
            assertThat(f.severity()).isEqualTo(Severity.问题);
            assertThat(f.row()).isEqualTo(2);
            assertThat(f.message()).startsWith("第2行的1个单元格含有看不见的控制字符");
        });
        assertThat(filed.projects()).extracting(p -> p.name()).containsExactly("党建工作");
    }

    @Test
    void tabsAndLineBreaksInACellAreText() throws IOException {
        assertThat(Filed.csv(dir, Filed.TARGETS_HEADER, Filed.TARGETS_ROW.replace("党建工作", "\"党建\n工作\""))
                .rules()).doesNotContain(Rule.CONTROL_CHARACTERS);
    }
}
