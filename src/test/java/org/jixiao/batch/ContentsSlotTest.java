package org.jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.render.Rendered;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A book's kept contents: taken when its keys and digest hold, and written again when its PDF did not. */
class ContentsSlotTest {

    @TempDir
    Path output;

    @Test
    void aSlotWhosePdfWasLostIsWrittenAgainWhenTheSameContentsIsFilled() throws Exception {
        Rendered filled = new Rendered("%PDF-1.4 contents".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 1);
        ContentsSlot first = ContentsSlot.of(output, "2025/汇编-2025.pdf", "salt");
        first.keep("pages", "contents", filled);
        Path pdf = ContentsSlot.folder(output).resolve(ContentsSlot.name("2025/汇编-2025.pdf") + ".pdf");
        assertThat(ContentsSlot.of(output, "2025/汇编-2025.pdf", "salt").contents("contents")).isPresent();

        // the PDF lost (deleted by hand, a disk cleaned): a miss, the contents is filled again and kept again
        Files.delete(pdf);
        ContentsSlot second = ContentsSlot.of(output, "2025/汇编-2025.pdf", "salt");
        assertThat(second.contents("contents")).isEmpty();
        second.keep("pages", "contents", filled);
        assertThat(ContentsSlot.of(output, "2025/汇编-2025.pdf", "salt").contents("contents")).as("taken the night after")
                .hasValueSatisfying(r -> assertThat(r.pdf()).isEqualTo(filled.pdf()));

        // taken as kept: its files are not written again
        long written = Files.getLastModifiedTime(pdf).toMillis();
        Files.setLastModifiedTime(pdf, java.nio.file.attribute.FileTime.fromMillis(written - 60_000));
        ContentsSlot third = ContentsSlot.of(output, "2025/汇编-2025.pdf", "salt");
        assertThat(third.contents("contents")).isPresent();
        third.keep("pages", "contents", filled);
        assertThat(Files.getLastModifiedTime(pdf).toMillis()).isEqualTo(written - 60_000);
    }

    @Test
    void aSlotIsTakenOnlyForItsKeysAndOnlyWhenItsPdfIsTheOneRecorded() throws Exception {
        Rendered filled = new Rendered("%PDF-1.4 contents".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 2);
        ContentsSlot.of(output, "2025/汇编-2025.pdf", "salt").keep("pages", "contents", filled);
        ContentsSlot slot = ContentsSlot.of(output, "2025/汇编-2025.pdf", "salt");
        assertThat(slot.pages("pages")).hasValue(2);
        assertThat(slot.pages("other lines")).isEmpty();
        assertThat(slot.contents("other page numbers")).isEmpty();
        assertThat(ContentsSlot.of(output, "2025/汇编-2025-松江区.pdf", "salt").contents("contents")).as("another book's slot").isEmpty();

        // another book's contents put in its place: not the recorded digest, filled again
        Path pdf = ContentsSlot.folder(output).resolve(ContentsSlot.name("2025/汇编-2025.pdf") + ".pdf");
        Files.write(pdf, "%PDF-1.4 another book".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(ContentsSlot.of(output, "2025/汇编-2025.pdf", "salt").contents("contents")).isEmpty();
    }
}
