package org.jixiao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.findings.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFolderTest {

    @TempDir
    Path root;

    private Path input;
    private Path output;

    private void folders() throws IOException {
        input = Files.createDirectories(root.resolve("in"));
        output = root.resolve("out");
    }

    private Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void aBackslashIsPartOfTheNameNeverAPath() throws IOException {
        folders();
        write(root.resolve("x.csv"), "outside");
        write(input.resolve("a").resolve("a\\..\\..\\x.csv"), "inside");
        InputFolder.Listing listing = InputFolder.list(input, output);
        assertThat(listing.filings()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("a/a\\..\\..\\x.csv");
            assertThat(f.path()).startsWith(input.toRealPath());
            assertThat(Files.readString(f.path())).isEqualTo("inside");
        });
        Path resolved = InputFolder.resolve(input, "a/a\\..\\..\\x.csv");
        assertThat(Files.readString(resolved)).isEqualTo("inside");
    }

    @Test
    void aLinkLeavingTheFolderIsNotFollowedAndIsAProblem() throws IOException {
        folders();
        Path outside = write(root.resolve("secret.csv"), "outside");
        write(input.resolve("good.csv"), "inside");
        Files.createSymbolicLink(input.resolve("link.csv"), outside);
        Files.createSymbolicLink(input.resolve("folder-link"), root);
        InputFolder.Listing listing = InputFolder.list(input, output);
        assertThat(listing.filings()).extracting(InputFolder.Filing::name).containsExactly("good.csv");
        assertThat(listing.ignored()).extracting(InputFolder.Ignored::name).containsExactly("folder-link", "link.csv");
        InputFolder.Ignored link = listing.ignored().get(1);
        assertThat(link.problem()).isTrue();
        assertThat(link.finding().rule()).isEqualTo(Rule.INPUT_IGNORED);
        assertThat(link.finding().message()).contains("link.csv", "输入目录以外");
    }

    @Test
    void aLinkInsideTheFolderIsReadAsTheFileItPointsTo() throws IOException {
        folders();
        Path target = write(input.resolve("sub").resolve("real.csv"), "inside");
        Files.createSymbolicLink(input.resolve("alias.csv"), target);
        assertThat(InputFolder.list(input, output).filings()).extracting(InputFolder.Filing::name)
                .containsExactly("alias.csv", "sub/real.csv");
    }

    @Test
    void hiddenLockAndOtherFilesAreListedAsIgnoredWithAReason() throws IOException {
        folders();
        write(input.resolve("good.xlsx"), "x");
        write(input.resolve(".hidden.csv"), "x");
        write(input.resolve("~$good.xlsx"), "x");
        write(input.resolve(".git").resolve("config.csv"), "x");
        write(input.resolve("说明.txt"), "x");
        InputFolder.Listing listing = InputFolder.list(input, output);
        assertThat(listing.filings()).extracting(InputFolder.Filing::name).containsExactly("good.xlsx");
        assertThat(listing.ignored()).extracting(InputFolder.Ignored::name)
                .containsExactlyInAnyOrder(".hidden.csv", "~$good.xlsx", ".git/", "说明.txt");
        assertThat(listing.ignored()).allSatisfy(i -> {
            assertThat(i.reason()).isNotBlank();
            assertThat(i.problem()).isFalse();
        });
    }

    @Test
    void theOutputFolderInsideTheInputIsNeitherReadNorListed() throws IOException {
        folders();
        output = input.resolve("out");
        write(output.resolve("汇总数据").resolve("t.csv"), "x");
        write(input.resolve("good.csv"), "x");
        InputFolder.Listing listing = InputFolder.list(input, output);
        assertThat(listing.filings()).extracting(InputFolder.Filing::name).containsExactly("good.csv");
        assertThat(listing.ignored()).isEmpty();
    }

    @Test
    void aFileSwappedForALinkAfterTheListingIsNotOpened() throws IOException {
        folders();
        Path outside = write(root.resolve("secret.csv"), "年度,主管部门\n");
        Path file = write(input.resolve("good.csv"), "x");
        assertThat(InputFolder.list(input, output).filings()).hasSize(1);
        Files.delete(file);
        Files.createSymbolicLink(file, outside);
        assertThatThrownBy(() -> InputFolder.resolve(input, "good.csv")).isInstanceOf(InputFolder.OutsideException.class)
                .hasMessageContaining("输入目录以外");
        assertThatThrownBy(() -> InputFolder.resolve(input, "../secret.csv")).isInstanceOf(InputFolder.OutsideException.class);
        try (RowSource source = RowSources.openInside(input, "good.csv")) {
            SourceItem item = source.next();
            assertThat(item).isInstanceOfSatisfying(SourceProblem.class, p -> assertThat(p.message()).contains("输入目录以外"));
            assertThat(source.next()).isNull();
        }
    }

    @Test
    void aNameWithControlCharactersIsNotReadAndIsAProblem() throws IOException {
        folders();
        write(input.resolve("bad\u0007name.csv"), "x");
        InputFolder.Listing listing = InputFolder.list(input, output);
        assertThat(listing.filings()).isEmpty();
        assertThat(listing.ignored()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("badname.csv");
            assertThat(i.problem()).isTrue();
            assertThat(i.reason()).contains("控制字符");
        });
    }
}
