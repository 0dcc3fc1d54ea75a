package org.jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jixiao.filing.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownHashesTest {

    private static final String ZEROS = "0".repeat(64);

    @TempDir
    Path dir;

    @Test
    void aFileNotWrittenSinceIsTakenAsHashedAndOneWrittenSinceIsReadAgainEvenWithItsSizeAndTimeSetBack() throws IOException {
        Path out = dir.resolve("out");
        Path a = Files.writeString(dir.resolve("a.csv"), "年度,主管部门\n2025,甲\n", StandardCharsets.UTF_8);
        FileTime modified = Files.getLastModifiedTime(a);
        String first = hash(out, a);
        assertThat(first).isEqualTo(Sha256.of(a));
        // the recorded hash made settled and false: the next night takes it without reading the file
        forge(out, line -> settled(line).replace(first, ZEROS));
        assertThat(hash(out, a)).isEqualTo(ZEROS);
        // the same size, the modification time set back: only the change time tells, and it does
        Files.writeString(a, "年度,主管部门\n2025,乙\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(a, modified);
        assertThat(hash(out, a)).isEqualTo(Sha256.of(a)).isNotEqualTo(first).isNotEqualTo(ZEROS);
    }

    @Test
    void aHashTakenAsTheFileWasWrittenIsNotTrustedTheNightAfter() throws IOException {
        Path out = dir.resolve("out");
        Path a = Files.writeString(dir.resolve("a.csv"), "年度,主管部门\n", StandardCharsets.UTF_8);
        String sha = hash(out, a);
        // within two seconds of the file's change: a write in the same tick could have kept the times
        forge(out, line -> line.replace(sha, ZEROS));
        assertThat(hash(out, a)).isEqualTo(sha);
    }

    @Test
    void aKeptListCutShortIsNotUsed() throws IOException {
        Path out = dir.resolve("out");
        Path a = Files.writeString(dir.resolve("a.csv"), "年度,主管部门\n", StandardCharsets.UTF_8);
        String sha = hash(out, a);
        forge(out, line -> settled(line).replace(sha, ZEROS));
        Path kept = out.resolve(".jixiao/cache/hashes");
        List<String> lines = Files.readAllLines(kept);
        Files.write(kept, lines.subList(0, lines.size() - 1));
        assertThat(hash(out, a)).isEqualTo(sha);
    }

    /**
     * What the JVM that starts a night asks before it ({@link org.jixiao.cli.NightJvm}): whether at most a share of
     * the folder's files was written since the kept hashes; a file touched but not changed counts as written.
     */
    @Test
    void fewWrittenCountsTheFilesTheKeptHashesDoNotDescribe() throws IOException {
        Path out = dir.resolve("out");
        Path in = Files.createDirectories(dir.resolve("in"));
        assertThat(KnownHashes.fewWritten(out, in, 0.25)).as("nothing kept").isFalse();
        KnownHashes known = KnownHashes.in(out);
        for (int i = 0; i < 8; i++) {
            Path f = Files.createDirectories(in.resolve(i % 2 == 0 ? "甲区" : "乙区")).resolve(i + ".csv");
            known.sha(Files.writeString(f, "年度,主管部门\n2025," + i + "\n", StandardCharsets.UTF_8));
        }
        known.save();
        assertThat(KnownHashes.fewWritten(out, in, 0.25)).as("none written").isTrue();
        Files.writeString(in.resolve("甲区/0.csv"), "年度,主管部门\n2025,改\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(in.resolve("乙区/1.csv"), Files.getLastModifiedTime(in.resolve("乙区/1.csv")));
        assertThat(KnownHashes.fewWritten(out, in, 0.25)).as("2 of 8, one only touched").isTrue();
        Files.writeString(in.resolve("乙区/9.csv"), "年度,主管部门\n", StandardCharsets.UTF_8);
        assertThat(KnownHashes.fewWritten(out, in, 0.25)).as("3 of 9").isFalse();
        assertThat(KnownHashes.fewWritten(out, dir.resolve("missing"), 0.25)).as("no folder").isFalse();
    }

    /** One night's scan of the file: its hash, the kept hashes saved as the scan saves them. */
    private static String hash(Path out, Path file) throws IOException {
        KnownHashes known = KnownHashes.in(out);
        String sha = known.sha(file);
        known.save();
        return sha;
    }

    /** Rewrites each recorded file's line of the kept hashes. */
    private static void forge(Path out, UnaryOperator<String> change) throws IOException {
        Path kept = out.resolve(".jixiao/cache/hashes");
        List<String> lines = Files.readAllLines(kept).stream()
                .map(l -> l.startsWith("jixiao-") || l.startsWith("end\t") ? l : change.apply(l)).toList();
        Files.write(kept, lines);
    }

    /** The line with its hash taken an hour after the file's last change. */
    private static String settled(String line) {
        String[] f = line.split("\t", 7);
        f[4] = Long.toString(Long.parseLong(f[4]) + 3_600_000);
        return String.join("\t", f);
    }
}
