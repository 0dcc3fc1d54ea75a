package org.jixiao.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jixiao.filing.Sha256;
import org.jixiao.render.ContentsCache;
import org.jixiao.render.Rendered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A book's table of contents kept from night to night, under {@code .jixiao/cache/contents/}: one slot a book
 * (named by a digest of the book's path), holding the contents it was last bound with and what that was filled
 * from. The PDF is taken only when its digest is the one recorded beside it; a slot that cannot be read or
 * written is as good as empty — the contents is filled, as it always could be.
 */
final class ContentsSlot implements ContentsCache {

    private static final Logger log = LoggerFactory.getLogger(ContentsSlot.class);

    private final Path pdf;
    private final Path keys;
    private final String salt;
    /** The digest of the PDF this slot last handed out: a slot whose keys hold but whose PDF did not is written again. */
    private volatile String taken;

    private ContentsSlot(Path folder, String name, String salt) {
        this.pdf = folder.resolve(name + ".pdf");
        this.keys = folder.resolve(name + ".keys");
        this.salt = salt;
    }

    /** The slot of the book published at {@code book} (its path within the output folder). */
    static ContentsSlot of(Path output, String book, String salt) {
        return new ContentsSlot(folder(output), name(book), salt);
    }

    static Path folder(Path output) {
        return output.resolve(".jixiao").resolve("cache").resolve("contents");
    }

    static String name(String book) {
        return Sha256.of("book", book);
    }

    /** Removes the slots of books the night does not have (a 年度 or 地区 gone). */
    static void keepOnly(Path output, Set<String> books) {
        Path folder = folder(output);
        if (!Files.isDirectory(folder)) {
            return;
        }
        Set<String> names = new java.util.HashSet<>();
        books.forEach(b -> names.add(name(b)));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                String file = f.getFileName().toString();
                int dot = file.indexOf('.');
                if (!names.contains(dot < 0 ? file : file.substring(0, dot))) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            log.warn("目录缓存清理未完成（不影响本次输出）：{}", e.toString());
        }
    }

    @Override
    public String salt() {
        return salt;
    }

    @Override
    public OptionalInt pages(String key) {
        return recorded().filter(r -> r.get(0).equals(key)).map(r -> OptionalInt.of(Integer.parseInt(r.get(1))))
                .orElse(OptionalInt.empty());
    }

    @Override
    public OptionalInt lastPages() {
        return recorded().map(r -> OptionalInt.of(Integer.parseInt(r.get(1)))).orElse(OptionalInt.empty());
    }

    @Override
    public Optional<Rendered> contents(String key) {
        Optional<List<String>> r = recorded().filter(k -> k.get(2).equals(key));
        if (r.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(pdf);
            if (!digest(bytes).equals(r.get().get(3))) {
                return Optional.empty();
            }
            taken = r.get().get(3);
            return Optional.of(new Rendered(bytes, Integer.parseInt(r.get().get(1))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void keep(String pagesKey, String contentsKey, Rendered contents) {
        if (Shutdown.begun()) {
            // filled while the JDK deletes the fonts it renders with: the book is not published (the night stops as
            // it would), and a later night must not take this contents as the one its lines make
            return;
        }
        List<String> lines = List.of(pagesKey, Integer.toString(contents.pages()), contentsKey, digest(contents.pdf()));
        if (lines.get(3).equals(taken) && recorded().filter(lines::equals).isPresent()) {
            return;
        }
        try {
            Files.createDirectories(pdf.getParent());
            // the keys go first: a slot whose PDF is not yet the one they name is a miss, never a wrong contents
            Files.deleteIfExists(keys);
            replace(pdf, contents.pdf());
            replace(keys, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            log.warn("目录缓存未能写入（不影响本次输出）：{}", e.toString());
        }
    }

    /** The slot's keys: pages key, pages, contents key, the PDF's digest; empty when there are none to read. */
    private Optional<List<String>> recorded() {
        try {
            List<String> lines = Files.readAllLines(keys, StandardCharsets.UTF_8);
            return lines.size() == 4 && lines.get(1).matches("\\d{1,6}") ? Optional.of(lines) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void replace(Path file, byte[] bytes) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temp, bytes);
        org.jixiao.output.OutputFolder.move(temp, file);
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
