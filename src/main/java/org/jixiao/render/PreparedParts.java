package org.jixiao.render;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jixiao.filing.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The prepared parts ({@link PreparedPart}) of the books, kept in {@code .jixiao/cache/prepared} by the digest of
 * the part's PDF: a part is read and prepared once, whichever books bind it and on however many nights. A file
 * that cannot be read, or was prepared by another version or for another report font, is prepared again; one
 * that cannot be written costs only time. Each night keeps the parts still current and drops the others.
 */
public final class PreparedParts {

    private static final Logger log = LoggerFactory.getLogger(PreparedParts.class);

    private final Path folder;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    /** Parts being prepared: a book that reaches one another book is preparing waits for it instead. */
    private final Map<String, CompletableFuture<PreparedPart>> preparing = new ConcurrentHashMap<>();

    private PreparedParts(Path folder) {
        this.folder = folder;
    }

    /** Kept under the output folder {@code output}. */
    public static PreparedParts in(Path output) {
        return new PreparedParts(output.resolve(".jixiao").resolve("cache").resolve("prepared"));
    }

    /** Not kept: each part prepared when it is bound. */
    public static PreparedParts none() {
        return new PreparedParts(null);
    }

    /** A piece's part, prepared or taken as prepared before. */
    PreparedPart of(Piece piece, ReportFonts fonts) throws IOException {
        String digest = piece.source() instanceof PartFile f ? f.digest() : null;
        byte[] pdf = null;
        if (digest == null) {
            pdf = piece.source().read();
            if (folder == null) {
                return PreparedPart.of(pdf, fonts);
            }
            digest = java.util.HexFormat.of().formatHex(Sha256.newDigest().digest(pdf));
        }
        if (folder == null) {
            return PreparedPart.of(piece.source().read(), fonts);
        }
        used.add(digest);
        CompletableFuture<PreparedPart> mine = new CompletableFuture<>();
        CompletableFuture<PreparedPart> other = preparing.putIfAbsent(digest, mine);
        if (other != null) {
            try {
                return other.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        try {
            PreparedPart part = kept(piece, fonts, digest, pdf);
            mine.complete(part);
            return part;
        } catch (IOException | RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            preparing.remove(digest);
        }
    }

    private PreparedPart kept(Piece piece, ReportFonts fonts, String digest, byte[] pdf) throws IOException {
        String salt = salt(fonts);
        Path file = folder.resolve(digest);
        if (Files.isRegularFile(file)) {
            try {
                byte[] kept = Files.readAllBytes(file);
                if (intact(kept)) {
                    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(kept, 0, kept.length - Long.BYTES);
                    byte[] head = new byte[in.getShort() & 0xFFFF];
                    in.get(head);
                    if (new String(head, java.nio.charset.StandardCharsets.UTF_8).equals(salt)) {
                        return PreparedPart.read(in);
                    }
                }
            } catch (IOException | RuntimeException e) {
                log.debug("部件 {} 的装订缓存不可用，重新读取：{}", digest, e.toString());
            }
        }
        PreparedPart part = PreparedPart.of(pdf != null ? pdf : piece.source().read(), fonts);
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, digest, ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                java.util.zip.CheckedOutputStream checked = new java.util.zip.CheckedOutputStream(out, new java.util.zip.CRC32());
                DataOutputStream data = new DataOutputStream(checked);
                data.writeUTF(salt);
                part.write(data);
                data.flush();
                new DataOutputStream(out).writeLong(checked.getChecksum().getValue());
            }
            org.jixiao.output.OutputFolder.move(temp, file);
        } catch (IOException e) {
            log.warn("部件装订缓存未能写入（不影响本次输出）：{}", e.toString());
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
        return part;
    }

    /** Whether a kept part ends with the checksum of what comes before it: a file cut short or damaged is prepared again. */
    private static boolean intact(byte[] kept) {
        if (kept.length < Long.BYTES + 2) {
            return false;
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(kept, 0, kept.length - Long.BYTES);
        return crc.getValue() == java.nio.ByteBuffer.wrap(kept, kept.length - Long.BYTES, Long.BYTES).getLong();
    }

    /**
     * Prepares a part now unless it is kept prepared already: the books' step prepares tonight's new parts side by
     * side first, so that binding, one thread per book, only reads them.
     */
    public void prepare(Path pdf, String digest, Binder binder) throws IOException {
        if (folder == null || digest == null) {
            return;
        }
        ReportFonts fonts = binder.fonts();
        Path file = folder.resolve(digest);
        if (Files.isRegularFile(file) && saltOf(file).equals(salt(fonts))) {
            return;
        }
        of(new Piece(pdf.getFileName().toString(), new PartFile(pdf, digest), 0, false, true), fonts);
    }

    /** The salt a kept part was written with, read from its head; "" when it cannot be read. */
    private static String saltOf(Path file) {
        try (java.io.DataInputStream in = new java.io.DataInputStream(Files.newInputStream(file))) {
            return in.readUTF();
        } catch (IOException e) {
            return "";
        }
    }

    /** Drops what no current part and nothing bound tonight is: {@code current}, the digests of the night's parts. */
    public void keepOnly(Collection<String> current) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        Set<String> keep = new HashSet<>(current);
        keep.addAll(used);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                if (!keep.contains(f.getFileName().toString())) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            log.warn("部件装订缓存未能清理（不影响本次输出）：{}", e.toString());
        }
    }

    /** What a prepared part depends on besides its PDF: the format and the faces, by index. */
    private static String salt(ReportFonts fonts) {
        return PreparedPart.FORMAT + "|" + String.join(",", fonts.faces().stream().map(ReportFonts.Face::name).toList());
    }

    /** A part's PDF on disk, with the digest the night recorded for it (null when it has none). */
    public record PartFile(Path pdf, String digest) implements Piece.Source {
        @Override
        public byte[] read() throws IOException {
            return Files.readAllBytes(pdf);
        }
    }
}
