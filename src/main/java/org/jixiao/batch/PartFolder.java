package org.jixiao.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.output.OutputFolder;
import org.jixiao.summary.Department;

/**
 * The parts the render step leaves for the book step, under {@code .jixiao/parts/}: every form and
 * 汇总表 rendered once, without page numbers, laid out like the output folder. Not published; kept
 * from night to night with the files made from them, and recorded like them (kind "part"), so a night
 * keeps a department's parts when it keeps its files and removes them when the department is gone.
 */
final class PartFolder {

    static final String REGION_SUMMARY = "汇总表-地区.pdf";
    static final String OVERALL_SUMMARY = "汇总表-全部.pdf";
    static final String REGION_STATUS = "报送情况表-地区.pdf";
    static final String OVERALL_STATUS = "报送情况表-全部.pdf";

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

    /** The 报送情况表 as the books bind it (without history), of a 年度's 地区 or, {@code region} null, of all 地区. */
    Path status(int year, String region) {
        return region == null ? folder.resolve(Integer.toString(year), OVERALL_STATUS)
                : folder.resolve(Integer.toString(year), region, REGION_STATUS);
    }

    /** A scratch file for a book being bound, beside the parts. */
    Path scratch(String name) throws IOException {
        Files.createDirectories(folder.root());
        return folder.root().resolve("." + OutputFolder.safeSegment(name) + OutputFolder.TEMP_SUFFIX);
    }
}
