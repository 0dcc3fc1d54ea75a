package org.jixiao.batch;

import java.io.IOException;
import java.nio.file.Path;
import org.jixiao.output.CsvTables;
import org.jixiao.output.Table;
import org.jixiao.render.Editions;
import org.jixiao.render.Rendered;
import org.jixiao.summary.Department;
import org.jixiao.summary.DisclosureTable;
import org.jixiao.summary.YearSummary;

/**
 * Keeps each rendered part for the book and publishes what is bound from it, recording every file
 * for manifest.json: a department's forms and 汇总表 on their own, its disclosure edition (PDF and CSV),
 * a 地区's and the overall 汇总表.
 */
final class Editing {

    static final String DISCLOSURE = "公开版";

    private final Publications out;
    private final PartFolder parts;
    private final Editions editions;
    private final RunParameters run;
    private int files;
    private int pages;

    Editing(Publications out, PartFolder parts, Editions editions, RunParameters run) {
        this.out = out;
        this.parts = parts;
        this.editions = editions;
        this.run = run;
    }

    void department(Department d, String file, String kind, Rendered part, String title) throws IOException {
        parts.write(parts.department(d, file), part);
        publish(file(d, file), kind, d.year(), d.region(), d.name(),
                editions.alone(part, title, run.printing(), run.runDate()));
    }

    void region(int year, String region, Rendered part, String title) throws IOException {
        parts.write(parts.region(year, region), part);
        Path target = out.folder().resolve(Integer.toString(year), region, "汇总表-" + region + ".pdf");
        publish(target, "summary-region-pdf", year, region, null, editions.alone(part, title, run.printing(), run.runDate()));
    }

    void overall(int year, Rendered part, String title) throws IOException {
        parts.write(parts.overall(year), part);
        Path target = out.folder().resolve(Integer.toString(year), "汇总表-全部.pdf");
        publish(target, "summary-overall-pdf", year, null, null, editions.alone(part, title, run.printing(), run.runDate()));
    }

    /** 公开版-<主管部门>-<年度>.pdf and .csv in the department's folder. */
    void disclosure(Department d, YearSummary year, Rendered targetsPart) throws IOException {
        Rendered pdf = editions.disclosure(d, year.targetsByDepartment().get(d), targetsPart, run.printing(), run.runDate());
        publish(file(d, fileName(d, ".pdf")), "disclosure-pdf", d.year(), d.region(),
                d.name(), pdf);
        if (run.printing().archive()) {
            Rendered archive = editions.disclosure(d, year.targetsByDepartment().get(d), targetsPart, run.printing(), true, run.runDate());
            publish(BookTasklet.archived(file(d, fileName(d, ".pdf"))), "archive-pdf", d.year(), d.region(), d.name(), archive);
        }
        Table table = DisclosureTable.of(year, d);
        out.write(file(d, fileName(d, ".csv")), "disclosure-csv", d.year(), d.region(),
                d.name(), null, o -> CsvTables.writeTo(o, table));
        files++;
    }

    private Path file(Department d, String name) {
        return out.folder().resolve(Integer.toString(d.year()), d.region(), d.name(), name);
    }

    /** The department's name cut so that the whole file name stays within what a file system takes. */
    static String fileName(Department d, String extension) {
        String name = org.jixiao.output.OutputFolder.safeSegment(d.name());
        if (name.length() > 60) {
            name = name.substring(0, 60);
        }
        return DISCLOSURE + "-" + name + "-" + d.year() + extension;
    }

    private void publish(Path target, String kind, int year, String region, String department, Rendered pdf) throws IOException {
        out.write(target, kind, year, region, department, pdf.pages(), o -> o.write(pdf.pdf()));
        files++;
        pages += pdf.pages();
    }

    int files() {
        return files;
    }

    int pages() {
        return pages;
    }
}
