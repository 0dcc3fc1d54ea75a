package org.jixiao.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @TempDir
    Path dir;

    @Test
    void namesFromTheDataCannotLeaveTheFolder() {
        OutputFolder out = new OutputFolder(dir);
        assertThat(out.resolve("2025", "../../x", "汇总表.pdf")).startsWithRaw(dir)
                .isEqualTo(dir.resolve("2025/_.._x" + OutputFolder.digestOf("../../x") + "/汇总表.pdf"));
        assertThat(out.resolve("..", ".")).isEqualTo(dir.resolve("_" + OutputFolder.digestOf("..") + "/_" + OutputFolder.digestOf(".")));
        assertThat(out.resolve("/etc/passwd")).isEqualTo(dir.resolve("_etc_passwd" + OutputFolder.digestOf("/etc/passwd")));
        assertThat(out.resolve("a\\b:c*d?e\"f<g>h|i\u0000j").getFileName().toString()).startsWith("a_b_c_d_e_f_g_h_i_j~").hasSize(28);
        assertThat(OutputFolder.safeSegment("中共上海市嘉定区委组织部（汇总）")).isEqualTo("中共上海市嘉定区委组织部（汇总）");
        assertThat(OutputFolder.safeSegment("汇编-2025.pdf")).as("a name that needs no change keeps it").isEqualTo("汇编-2025.pdf");
    }

    /** Names that differ only where a file name cannot follow them are two files, never one (two departments' documents). */
    @Test
    void namesMadeAlikeBySafetyStayDistinct() {
        assertThat(OutputFolder.safeSegment("中共上海市测试局.")).startsWith("中共上海市测试局~").isNotEqualTo(OutputFolder.safeSegment("中共上海市测试局"));
        assertThat(OutputFolder.safeSegment("A/B")).isNotEqualTo(OutputFolder.safeSegment("A_B")).isNotEqualTo(OutputFolder.safeSegment("A:B"));
        assertThat(OutputFolder.safeSegment("a:b.pdf")).startsWith("a_b~").endsWith(".pdf");
        assertThat(OutputFolder.safeSegment("A_B")).isEqualTo("A_B");
    }

    @Test
    void refusesToWriteOutsideTheFolder() {
        OutputFolder out = new OutputFolder(dir.resolve("out"));
        assertThatThrownBy(() -> out.write(dir.resolve("elsewhere.txt"), o -> o.write(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesAtomicallyAndReportsSizeAndHash() throws IOException {
        OutputFolder out = new OutputFolder(dir);
        OutputFolder.Written w = out.write(out.resolve("a", "b.txt"), o -> o.write("abc".getBytes(StandardCharsets.UTF_8)));
        assertThat(w.path()).isEqualTo("a/b.txt");
        assertThat(w.bytes()).isEqualTo(3);
        assertThat(w.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Files.readString(dir.resolve("a/b.txt"))).isEqualTo("abc");
    }

    @Test
    void aFileFinishedInsideTheFolderIsPublishedByRenamingIt() throws IOException {
        OutputFolder out = new OutputFolder(dir);
        Path scratch = Files.writeString(Files.createDirectories(dir.resolve(".jixiao/parts")).resolve(".book" + OutputFolder.TEMP_SUFFIX),
                "abc");
        OutputFolder.Written w = out.publish(scratch, out.resolve("2025", "汇编-2025.pdf"));
        assertThat(w.path()).isEqualTo("2025/汇编-2025.pdf");
        assertThat(w.bytes()).isEqualTo(3);
        assertThat(w.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(scratch).doesNotExist();
        assertThatThrownBy(() -> out.publish(Files.writeString(dir.resolveSibling("outside.txt"), "x"), out.resolve("x.txt")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void publishedFilesAreReadableAsAnyFileTheUserMakesThere() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        OutputFolder out = new OutputFolder(dir);
        out.write(out.resolve("汇总表.pdf"), o -> o.write(1));
        Path plain = Files.write(dir.resolve("plain.txt"), new byte[] {1});
        assertThat(Files.getPosixFilePermissions(dir.resolve("汇总表.pdf")))
                .as("not owner-only like a temporary file").isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aFailedWriteLeavesNeitherHalfAFileNorATemporary() throws IOException {
        OutputFolder out = new OutputFolder(dir);
        Path target = out.resolve("report.pdf");
        Files.writeString(target, "previous complete version");
        assertThatThrownBy(() -> out.write(target, o -> {
            o.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("previous complete version");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void removesLeftoversOfAKilledRun() throws IOException {
        Files.createDirectories(dir.resolve("2025"));
        Files.writeString(dir.resolve("2025/.a.pdf123" + OutputFolder.TEMP_SUFFIX), "half");
        Files.writeString(dir.resolve("2025/a.pdf"), "whole");
        assertThat(new OutputFolder(dir).removeLeftovers()).isEqualTo(1);
        try (Stream<Path> files = Files.list(dir.resolve("2025"))) {
            assertThat(files).containsExactly(dir.resolve("2025/a.pdf"));
        }
    }

    @Test
    void aLongNameFitsTheFileSystemKeepingItsExtensionAndStaysDistinct() {
        String a = "部".repeat(199) + "甲";
        String b = "部".repeat(199) + "乙";
        String fileA = OutputFolder.safeSegment("公开版-" + a + "-2025.pdf");
        String fileB = OutputFolder.safeSegment("公开版-" + b + "-2025.pdf");
        assertThat(fileA.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(180);
        assertThat(fileA).startsWith("公开版-部").endsWith(".pdf").isNotEqualTo(fileB);
        assertThat(OutputFolder.safeSegment(a)).isEqualTo(OutputFolder.safeSegment(a));
    }
}
