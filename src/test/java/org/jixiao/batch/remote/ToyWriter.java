package org.jixiao.batch.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes each item's result to its own file, atomically, as the real render writes each PDF. */
final class ToyWriter implements ItemWriter<ToyWriter.Result> {

    record Result(int partition, int item, String text) {
    }

    private final Path output;

    ToyWriter(Path output) {
        this.output = output;
    }

    static Path fileOf(Path output, int partition, int item) {
        return output.resolve("part-" + partition).resolve("item-" + item + ".txt");
    }

    @Override
    public void write(Chunk<? extends Result> chunk) {
        for (Result r : chunk) {
            Path file = fileOf(output, r.partition(), r.item());
            try {
                Files.createDirectories(file.getParent());
                Path part = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".part");
                Files.writeString(part, r.text(), StandardCharsets.UTF_8);
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Spike.say("ITEM " + r.partition() + " " + r.item());
        }
    }
}
