package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A night sent SIGTERM in its book step fills a book's table of contents while the JDK deletes the fonts it
 * renders with: that contents (laid out in a fallback font) must not be kept for a later night to take — the
 * resumed night would bind it into a book a fresh run does not publish.
 */
class TermDuringBookNightTest {

    private static final String SONGJIANG = "000-松江区委组织部-2025-绩效目标.csv";

    @TempDir
    Path dir;

    @Test
    void aContentsFilledAfterTheSignalIsNotKeptAndTheResumedNightBindsAFreshRunsBook() throws Exception {
        Path input = dir.resolve("input");
        Path output = dir.resolve("out");
        RunOutputs.copyTree(Path.of("input"), input);
        assertThat(RunOutputs.run(input, output)).isZero();
        Path contents = output.resolve(".jixiao/cache/contents");
        Map<String, String> kept = slots(contents);

        // a project renamed: the 2025 books' contents change, and the night is sent SIGTERM as its book step starts
        Path file = input.resolve(SONGJIANG);
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace(",党建工作,", ",党建工作（改）,"),
                StandardCharsets.UTF_8);
        assertThat(JixiaoProcess.halted(dir, "book:start:term", input, output)).isEqualTo(143);
        assertThat(slots(contents)).as("nothing filled after the signal is kept").isEqualTo(kept);

        assertThat(RunOutputs.run(input, output)).isZero();
        NightsTest.assertSameAsFresh(input, output);
    }

    private static Map<String, String> slots(Path folder) throws IOException {
        Map<String, String> slots = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                slots.put(f.getFileName().toString(), RunOutputs.sha256(f));
            }
        }
        return slots;
    }
}
