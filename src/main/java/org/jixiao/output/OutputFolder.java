package org.jixiao.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.jixiao.filing.Sha256;

/**
 * The output folder. Every file is written under a temporary name in its final folder and renamed
 * when complete, so no reader ever sees half a file; every name taken from the data (a 主管部门, a
 * 地区) is made safe first, so nothing can be written outside the folder.
 */
public final class OutputFolder {

    /** Temporary files end with this; a crashed run's leftovers are removed by the next run. */
    public static final String TEMP_SUFFIX = ".jixiao-part";

    /** A file written: its path relative to the output folder (with '/'), size and SHA-256. */
    public record Written(String path, long bytes, String sha256) {
    }

    /** Writes a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path root;

    public OutputFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** A path under the folder from segments that may come from the data; each is made safe. */
    public Path resolve(String... segments) {
        Path p = root;
        for (String s : segments) {
            p = p.resolve(safeSegment(s));
        }
        Path normal = p.normalize();
        if (!normal.startsWith(root)) {
            throw new IllegalArgumentException("output path escapes the output folder: " + normal);
        }
        return normal;
    }

    /**
     * A file or folder name from text taken from a filing: no separators, no control characters, no dot
     * names. A name that had to be changed carries a digest of the text it was made from, so two names that
     * differ only where a file name cannot follow them (「测试局」 and 「测试局.」, 「A/B」 and 「A_B」) never
     * become one folder: two departments' documents would overwrite each other.
     */
    public static String safeSegment(String s) {
        StringBuilder out = new StringBuilder();
        String text = s == null ? "" : s.strip();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || c == 0x7F || "/\\:*?\"<>|".indexOf(c) >= 0 ? '_' : c);
        }
        String name = out.toString().replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (name.isEmpty()) {
            name = "_";
        }
        if (!name.equals(text)) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.substring(dot).matches("\\.[A-Za-z0-9]{1,5}") ? name.substring(dot) : "";
            name = name.substring(0, name.length() - ext.length()) + digestOf(text) + ext;
        }
        return withinBytes(name, text);
    }

    /** {@code ~} and the first eight hex digits of the text's SHA-256. */
    public static String digestOf(String text) {
        return "~" + HexFormat.of().formatHex(Sha256.newDigest().digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 0, 4);
    }

    /** Bytes a name may take: a file system allows 255, and the temporary name adds about 30. */
    static final int MAX_SEGMENT_BYTES = 180;

    /**
     * A name within {@link #MAX_SEGMENT_BYTES} bytes of UTF-8 (Chinese takes three a character): a
     * longer one keeps its start and its extension, with a digest of the whole text between, so two
     * long names that start alike never become the same file.
     */
    private static String withinBytes(String name, String whole) {
        if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_SEGMENT_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
        String digest = digestOf(whole);
        int budget = MAX_SEGMENT_BYTES - ext.length() - digest.length();
        StringBuilder start = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length() - ext.length(); ) {
            int cp = name.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes + n > budget) {
                break;
            }
            start.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return start + digest + ext;
    }

    /**
     * Writes {@code target} atomically: a temporary name in the same folder, then a rename — unless the
     * file already holds the same bytes, which is then left untouched.
     */
    public Written write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("output path escapes the output folder: " + file);
        }
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling("." + file.getFileName() + "." + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current()
                .nextLong() & Long.MAX_VALUE) + TEMP_SUFFIX);
        MessageDigest sha = Sha256.newDigest();
        try {
            // created like any file the user makes there (umask), not owner-only as a temp file would
            // be: a portal upload or a colleague reads what is published
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), sha)) {
                content.writeTo(out);
            }
            long bytes = Files.size(temp);
            String digest = HexFormat.of().formatHex(sha.digest());
            if (!sameAs(file, bytes, digest)) {
                move(temp, file);
            }
            return new Written(relative(file), bytes, digest);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Publishes a file finished elsewhere under the output folder (a book bound in a scratch file) by
     * renaming it into place, atomically: a file of hundreds of megabytes is not copied again.
     */
    public Written publish(Path finished, Path target) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path source = finished.toAbsolutePath().normalize();
        if (!file.startsWith(root) || !source.startsWith(root)) {
            throw new IllegalArgumentException("output path escapes the output folder: " + file);
        }
        Files.createDirectories(file.getParent());
        MessageDigest sha = Sha256.newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        long bytes = Files.size(source);
        String digest = HexFormat.of().formatHex(sha.digest());
        if (sameAs(file, bytes, digest)) {
            Files.delete(source);
        } else {
            move(source, file);
        }
        return new Written(relative(file), bytes, digest);
    }

    /**
     * Whether the file already holds exactly these bytes: then it is left as it is, modification time
     * and all, so a night that made the same file again does not touch it.
     */
    private static boolean sameAs(Path file, long bytes, String sha256) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) != bytes) {
            return false;
        }
        return org.jixiao.filing.Sha256.of(file).equals(sha256);
    }

    /** Renames a file written beside its place into it, atomically where the file system can: a reader never sees half of it. */
    public static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * Removes a file published earlier (a path relative to the folder) and then the folders it leaves
     * empty, up to the output folder. Returns whether there was a file to remove.
     */
    public boolean remove(String relative) throws IOException {
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("output path escapes the output folder: " + relative);
        }
        boolean removed = Files.deleteIfExists(file);
        for (Path dir = file.getParent(); dir != null && !dir.equals(root) && dir.startsWith(root); dir = dir.getParent()) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    break;
                }
            } catch (java.nio.file.NoSuchFileException gone) {
                continue;
            }
            Files.deleteIfExists(dir);
        }
        return removed;
    }

    /** Removes temporary files a killed run left behind; returns how many. */
    public int removeLeftovers() throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int[] removed = {0};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (file.getFileName().toString().endsWith(TEMP_SUFFIX)) {
                    Files.deleteIfExists(file);
                    removed[0]++;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return removed[0];
    }
}
