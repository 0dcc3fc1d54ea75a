package org.jixiao.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.filing.Table;
import org.jixiao.output.CsvTables;
import org.jixiao.render.Editions;
import org.jixiao.render.Rendered;
import org.jixiao.render.Reports;
import org.jixiao.summary.Department;
import org.jixiao.summary.DisclosureTable;
import org.jixiao.summary.YearSummary;

/**
 * Keeps each rendered part for the book and publishes what is bound from it, recording every file
 * for manifest.json with what it was made from: a department's forms and 汇总表 on their own, its
 * disclosure edition (PDF and CSV), a 地区's and the overall 汇总表. A department's files carry no run
 * date ({@link Reports#CONTENT_DATE}): they are the same bytes whichever night makes them.
 */
final class Editing {

    static final String DISCLOSURE = "公开版";
    /** The 报送情况表's file names begin so; its manifest kind (it reports history: see bench.Publication). */
    static final String STATUS = "报送情况表";
    static final String STATUS_KIND = "status-pdf";

    private final Publications out;
    private final PartFolder parts;
    private final Editions editions;
    private final RunParameters run;

    Editing(Publications out, PartFolder parts, Editions editions, RunParameters run) {
        this.out = out;
        this.parts = parts;
        this.editions = editions;
        this.run = run;
    }

    Publications publications() {
        return out;
    }

    /** The files of a department's form or 汇总表: its part, then its PDF. */
    List<Path> departmentFiles(Department d, String file) {
        return List.of(parts.department(d, file), file(d, file));
    }

    void department(Department d, String file, String kind, Rendered part, String title, String fingerprint) throws IOException {
        Path partFile = parts.department(d, file);
        out.write(partFile, Publications.PART, d.year(), d.region(), d.name(), part.pages(), fingerprint,
                o -> o.write(part.pdf()));
        publish(file(d, file), kind, d.year(), d.region(), d.name(), editions.alone(part, title, run.printing(), Reports.CONTENT_DATE),
                fingerprint);
    }

    List<Path> regionFiles(int year, String region) {
        return List.of(parts.region(year, region), regionTarget(year, region));
    }

    void region(int year, String region, Rendered part, String title, String fingerprint) throws IOException {
        out.write(parts.region(year, region), Publications.PART, year, region, null, part.pages(), fingerprint, o -> o.write(part.pdf()));
        publish(regionTarget(year, region), "summary-region-pdf", year, region, null,
                editions.alone(part, title, run.printing(), run.runDate()), fingerprint);
    }

    private Path regionTarget(int year, String region) {
        return out.folder().resolve(Integer.toString(year), region, "汇总表-" + region + ".pdf");
    }

    List<Path> overallFiles(int year) {
        return List.of(parts.overall(year), overallTarget(year));
    }

    void overall(int year, Rendered part, String title, String fingerprint) throws IOException {
        out.write(parts.overall(year), Publications.PART, year, null, null, part.pages(), fingerprint, o -> o.write(part.pdf()));
        publish(overallTarget(year), "summary-overall-pdf", year, null, null, editions.alone(part, title, run.printing(), run.runDate()),
                fingerprint);
    }

    private Path overallTarget(int year) {
        return out.folder().resolve(Integer.toString(year), "汇总表-全部.pdf");
    }

    /** The 报送情况表 the books bind (its part), of a 年度's 地区 or, {@code region} null, of all 地区. */
    Path statusPart(int year, String region) {
        return parts.status(year, region);
    }

    void statusPart(int year, String region, Rendered part, String fingerprint) throws IOException {
        out.write(parts.status(year, region), Publications.PART, year, region, null, part.pages(), fingerprint, o -> o.write(part.pdf()));
    }

    /** {@code <年度>/报送情况表-<年度>.pdf}, or {@code <年度>/<地区>/报送情况表-<年度>-<地区>.pdf}: the edition published on its own. */
    Path statusTarget(int year, String region) {
        String y = Integer.toString(year);
        return region == null ? out.folder().resolve(y, STATUS + "-" + y + ".pdf") : out.folder().resolve(y, region, STATUS + "-" + y + "-" + region + ".pdf");
    }

    void status(int year, String region, Rendered edition, String title, String fingerprint) throws IOException {
        publish(statusTarget(year, region), STATUS_KIND, year, region, null, editions.alone(edition, title, run.printing(), run.runDate()),
                fingerprint);
    }

    /** 公开版-<主管部门>-<年度>.pdf and .csv in the department's folder. */
    List<Path> disclosureFiles(Department d) {
        Path pdf = file(d, fileName(d, ".pdf"));
        return run.printing().archive() ? List.of(pdf, file(d, fileName(d, ".csv")), BookTasklet.archived(pdf))
                : List.of(pdf, file(d, fileName(d, ".csv")));
    }

    void disclosure(Department d, YearSummary year, Rendered targetsPart, String fingerprint) throws IOException {
        LocalDate date = Reports.CONTENT_DATE;
        Rendered pdf = editions.disclosure(d, year.targetsByDepartment().get(d), targetsPart, run.printing(), date);
        publish(file(d, fileName(d, ".pdf")), "disclosure-pdf", d.year(), d.region(), d.name(), pdf, fingerprint);
        if (run.printing().archive()) {
            Rendered archive = editions.disclosure(d, year.targetsByDepartment().get(d), targetsPart, run.printing(), true, date);
            publish(BookTasklet.archived(file(d, fileName(d, ".pdf"))), "archive-pdf", d.year(), d.region(), d.name(), archive,
                    fingerprint);
        }
        Table table = DisclosureTable.of(year, d);
        out.write(file(d, fileName(d, ".csv")), "disclosure-csv", d.year(), d.region(), d.name(), null, fingerprint,
                o -> CsvTables.writeTo(o, table));
    }

    private Path file(Department d, String name) {
        return out.folder().resolve(Integer.toString(d.year()), d.region(), d.name(), name);
    }

    /** The department's name cut so that the whole file name stays within what a file system takes. */
    static String fileName(Department d, String extension) {
        String name = org.jixiao.output.OutputFolder.safeSegment(d.name());
        if (name.length() > 60) {
            // two long names that start alike stay two files
            name = name.substring(0, 60) + org.jixiao.output.OutputFolder.digestOf(d.name());
        }
        return DISCLOSURE + "-" + name + "-" + d.year() + extension;
    }

    private void publish(Path target, String kind, int year, String region, String department, Rendered pdf, String fingerprint)
            throws IOException {
        out.write(target, kind, year, region, department, pdf.pages(), fingerprint, o -> o.write(pdf.pdf()));
    }
}
