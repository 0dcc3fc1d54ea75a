package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jixiao.ingest.InputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class F08InputIgnoredTest {

    @TempDir
    Path dir;

    private java.util.List<Finding> scan(Path input) throws IOException {
        return InputFolder.list(input, dir.resolve("out")).ignored().stream().map(InputFolder.Ignored::finding).filter(Objects::nonNull)
                .toList();
    }

    @Test
    void aLinkLeavingTheInputFolderIsAProblemNamingIt() throws IOException {
        Path input = Files.createDirectories(dir.resolve("in"));
        Path outside = Files.writeString(dir.resolve("outside.csv"), Filed.TARGETS_HEADER + "\n");
        Files.createSymbolicLink(input.resolve("a.csv"), outside);
        assertThat(scan(input)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.INPUT_IGNORED);
            assertThat(f.severity()).isEqualTo(Severity.问题);
            assertThat(f.file()).isEqualTo("a.csv");
            assertThat(f.message()).startsWith("未读取「a.csv」：").contains("输入目录以外");
        });
    }

    @Test
    void whatIsLeftOutAsAMatterOfCourseIsOnlyListed() throws IOException {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve(".hidden.csv"), "x");
        Files.writeString(input.resolve("~$a.xlsx"), "x");
        Files.writeString(input.resolve("readme.txt"), "x");
        assertThat(InputFolder.list(input, dir.resolve("out")).ignored()).hasSize(3);
        assertThat(scan(input)).isEmpty();
    }
}
