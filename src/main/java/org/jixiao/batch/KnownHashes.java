package org.jixiao.batch;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jixiao.filing.Sha256;
import org.slf4j.LoggerFactory;

/**
 * The SHA-256 of the input files as the scan last computed them, kept in {@code .jixiao/cache/hashes} with what
 * the file system said of each file then: its size, its modification time, its change time (ctime, which the
 * kernel sets on every write, rename or touch, and no clerk's tool can set back) and its inode. A file whose four
 * are as recorded has not been written since, so its hash is taken as known; any other is read and hashed again.
 * Hashing a city's folder was most of a scan, every night, whatever changed.
 *
 * <p>A hash taken within {@link #SETTLED_MILLIS} of the file's change time is not trusted the next night (a write
 * in the same tick of the file system's clock as the hashing could leave the times as they were), nor one whose
 * file changed while it was read. Where the file system does not give a change time and inode (not a Unix one),
 * every file is hashed every night, as before.
 */
public final class KnownHashes {

    private static final String FORMAT = "jixiao-hashes-1";
    /** How long after a file's last change its hash is trusted on the nights after. */
    static final long SETTLED_MILLIS = 2_000;

    /** What a file's hash was taken with: the file system's description of it then, and the hash. */
    record Known(long size, long modified, long changed, String inode, long hashedAt, String sha) {

        boolean describes(Stat now) {
            return now.size() == size && now.modified() == modified && now.changed() == changed && now.inode().equals(inode);
        }

        boolean settled() {
            return hashedAt - TimeUnit.NANOSECONDS.toMillis(changed) > SETTLED_MILLIS;
        }
    }

    /** A file as the file system describes it; times in nanoseconds. */
    record Stat(long size, long modified, long changed, String inode) {
    }

    private final Path file;
    private final Map<String, Known> known;
    private final Map<String, Known> tonight = new ConcurrentHashMap<>();
    private volatile boolean described = true;

    private KnownHashes(Path file, Map<String, Known> known) {
        this.file = file;
        this.known = known;
    }

    /** The hashes kept under the output folder {@code output}; none when there are none or they cannot be read. */
    static KnownHashes in(Path output) {
        Path file = file(output);
        return new KnownHashes(file, read(file));
    }

    private static Path file(Path output) {
        return output.resolve(".jixiao").resolve("cache").resolve("hashes");
    }

    /**
     * Whether at most {@code share} of the files under {@code input} were written since the night before kept
     * their hashes in {@code output}: a file the kept hashes do not describe as it is now counts as written (an
     * upper bound of what the scan will read anew, which also skips files whose bytes came back). False when
     * nothing is kept, the folder is empty or cannot be walked, or the file system gives no change times. What
     * {@link org.jixiao.cli.NightJvm} asks before the night's JVM starts, without Spring or logging: cheap, and
     * wrong only towards "no".
     */
    public static boolean fewWritten(Path output, Path input, double share) {
        Map<String, Known> known = read(file(output));
        if (known.isEmpty()) {
            return false;
        }
        int[] counts = new int[2];
        try (java.util.stream.Stream<Path> files = Files.walk(input.toAbsolutePath().normalize())) {
            files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).forEach(f -> {
                counts[0]++;
                Known k = known.get(f.toString());
                Stat now;
                try {
                    now = statOf(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                if (now == null) {
                    throw new UnsupportedOperationException("no change time");
                }
                if (k == null || !k.describes(now)) {
                    counts[1]++;
                }
            });
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return counts[0] > 0 && counts[1] <= counts[0] * share;
    }

    /** The file's SHA-256: as known when the file is as it was when hashed, else read now. */
    String sha(Path input) throws IOException {
        String key = input.toAbsolutePath().normalize().toString();
        Stat before = described ? stat(input) : null;
        Known k = before == null ? null : known.get(key);
        if (k != null && k.describes(before) && k.settled()) {
            tonight.put(key, k);
            return k.sha();
        }
        long hashedAt = System.currentTimeMillis();
        String sha = Sha256.of(input);
        if (before != null && before.equals(stat(input))) {
            tonight.put(key, new Known(before.size(), before.modified(), before.changed(), before.inode(), hashedAt, sha));
        }
        return sha;
    }

    /** Keeps tonight's files' hashes for the next night (only theirs); a failure to write costs the next night a full hash. */
    void save() {
        if (!described) {
            return;
        }
        Path temp = null;
        try {
            Files.createDirectories(file.getParent());
            temp = Files.createTempFile(file.getParent(), "hashes", ".tmp");
            try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                out.write(FORMAT);
                out.write('\n');
                for (Map.Entry<String, Known> e : new java.util.TreeMap<>(tonight).entrySet()) {
                    Known k = e.getValue();
                    out.write(k.size() + "\t" + k.modified() + "\t" + k.changed() + "\t" + k.inode() + "\t" + k.hashedAt() + "\t" + k.sha()
                            + "\t" + e.getKey() + "\n");
                }
                // a file cut short (a disk's fault: it is written aside and moved into place) lacks this line
                out.write("end\t" + tonight.size() + "\n");
            }
            org.jixiao.output.OutputFolder.move(temp, file);
        } catch (IOException e) {
            LoggerFactory.getLogger(KnownHashes.class).debug("输入文件摘要缓存未能写入（下次运行将重新计算）：{}", e.toString());
            try {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException ignored) {
                // a stray temporary file under .jixiao/cache harms nothing
            }
        }
    }

    /** The file as the file system describes it; null where it gives no change time or inode (then nothing is kept). */
    private Stat stat(Path input) throws IOException {
        Stat stat = statOf(input);
        if (stat == null) {
            described = false;
        }
        return stat;
    }

    private static Stat statOf(Path input) throws IOException {
        try {
            Map<String, Object> a = Files.readAttributes(input, "unix:size,lastModifiedTime,ctime,ino");
            return new Stat((Long) a.get("size"), ((FileTime) a.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS),
                    ((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS), String.valueOf(a.get("ino")));
        } catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException | NullPointerException e) {
            return null;
        }
    }

    private static Map<String, Known> read(Path file) {
        Map<String, Known> known = new java.util.HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!FORMAT.equals(in.readLine())) {
                return Map.of();
            }
            String line;
            while ((line = in.readLine()) != null) {
                if (line.equals("end\t" + known.size())) {
                    return known;
                }
                String[] f = line.split("\t", 7);
                if (f.length != 7 || f[5].length() != 64) {
                    return Map.of();
                }
                known.put(f[6], new Known(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), f[3], Long.parseLong(f[4]), f[5]));
            }
            return Map.of();
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | RuntimeException e) {
            // a kept list that cannot be read is hashed again in full: nothing to say to the operator
            return Map.of();
        }
    }
}
