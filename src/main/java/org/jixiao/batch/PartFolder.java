package org.jixiao.batch;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.jixiao.output.OutputFolder;
import org.jixiao.render.Rendered;
import org.jixiao.summary.Department;

/**
 * The parts the render step leaves for the book step, under {@code .jixiao/parts/}: every form and
 * 汇总表 rendered once, without page numbers, laid out like the output folder. Not published; the
 * render step clears them, so a restarted book step finds the parts of its own run.
 */
final class PartFolder {

    static final String REGION_SUMMARY = "汇总表-地区.pdf";
    static final String OVERALL_SUMMARY = "汇总表-全部.pdf";

    private final OutputFolder folder;

    PartFolder(Path output) {
        this.folder = new OutputFolder(output.resolve(".jixiao").resolve("parts"));
    }

    Path department(Department d, String file) {
        return folder.resolve(Integer.toString(d.year()), d.region(), d.name(), file);
    }

    Path region(int year, String region) {
        return folder.resolve(Integer.toString(year), region, REGION_SUMMARY);
    }

    Path overall(int year) {
        return folder.resolve(Integer.toString(year), OVERALL_SUMMARY);
    }

    /** A scratch file for a book being bound, beside the parts. */
    Path scratch(String name) throws IOException {
        Files.createDirectories(folder.root());
        return folder.root().resolve("." + OutputFolder.safeSegment(name) + OutputFolder.TEMP_SUFFIX);
    }

    void write(Path part, Rendered pdf) throws IOException {
        folder.write(part, out -> out.write(pdf.pdf()));
    }

    /** Removes the parts of an earlier run. */
    void clear() throws IOException {
        Path root = folder.root();
        if (!Files.isDirectory(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
