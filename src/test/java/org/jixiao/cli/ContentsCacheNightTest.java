package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book bound again because a department's figures changed takes its table of contents from the night before
 * when its lines and page numbers are the same, instead of filling it and writing it again.
 */
class ContentsCacheNightTest {

    private static final String SONGJIANG = "000-松江区委组织部-2025-绩效目标.csv";

    @TempDir
    Path input;
    @TempDir
    Path output;

    @Test
    void aRebuiltBookTakesItsUnchangedContents() throws IOException {
        RunOutputs.copyTree(Path.of("input"), input);
        assertThat(RunOutputs.run(input, output)).isZero();
        Path contents = output.resolve(".jixiao/cache/contents");
        Map<String, FileTime> kept = slots(contents);
        assertThat(kept).as("a slot (PDF and keys) for each book").hasSizeGreaterThanOrEqualTo(4);
        Path book = output.resolve("2025/汇编-2025.pdf");
        FileTime bound = Files.getLastModifiedTime(book);

        // an amount corrected: the 2025 books are bound again, their contents the same lines on the same pages
        amend("\"18,000.00\"", "\"28,000.00\"");
        assertThat(RunOutputs.run(input, output)).isZero();
        assertThat(Files.getLastModifiedTime(book)).as("the book is bound again").isNotEqualTo(bound);
        assertThat(slots(contents)).as("its contents taken as kept, not filled and written again").isEqualTo(kept);
        // (that such a book is a fresh run's bytes, NightsTest's random nights check night after night; that a kept
        // contents not as recorded is filled again, ContentsSlotTest)
    }

    private void amend(String from, String to) throws IOException {
        Path file = input.resolve(SONGJIANG);
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace(from, to), StandardCharsets.UTF_8);
    }

    private static Map<String, FileTime> slots(Path folder) throws IOException {
        Map<String, FileTime> slots = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                slots.put(f.getFileName().toString(), Files.getLastModifiedTime(f));
            }
        }
        return slots;
    }
}
