package org.jixiao.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jixiao.output.OutputFolder;
import org.jixiao.render.BookContent;
import org.jixiao.render.Books;
import org.jixiao.render.PreparedParts;
import org.jixiao.store.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Binds the summary books (汇编) from the parts the render step kept: per 年度 one for the whole input,
 * <年度>/汇编-<年度>.pdf, and when it covers several 地区 one per 地区 beside that 地区's files. A book
 * is bound into a scratch file, then published atomically and recorded with its pages and hash.
 *
 * <p>Books are independent files, so they are bound side by side on the run's threads, the largest
 * first (the whole year's books hold as many pages as all 地区 books together); each book is the same
 * bytes whichever thread binds it.
 */
class BookTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(BookTasklet.class);
    static final String BOOK = "汇编";
    /** The archive edition of a PDF is written beside it under its name and this. */
    static final String ARCHIVE = "-归档版";

    private final RunStore runs;
    private final Books books;
    private final Tonight tonight;
    private final Fingerprints fingerprints;
    private final int threads;

    BookTasklet(RunStore runs, Books books, Tonight tonight, Fingerprints fingerprints, int threads) {
        this.runs = runs;
        this.books = books;
        this.tonight = tonight;
        this.fingerprints = fingerprints;
        this.threads = threads;
    }

    /** One book to bind: a year's, or a 地区's when {@code region} is set; {@code departments} sorts the largest first. */
    private record Book(YearPlan year, String region, Path target, long departments) {
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        RunParameters run = RunParameters.of(context.getStepContext().getStepExecution().getJobParameters());
        Publications out = new Publications(new OutputFolder(run.output()), runs, run.runId(), tonight.earlier(run.runId()));
        PartFolder parts = new PartFolder(run.output());
        Map<String, String> partBytes = new HashMap<>();
        Map<String, String> madeTonight = new java.util.TreeMap<>();
        for (RunStore.Output o : runs.outputs(run.runId())) {
            if (o.kind().equals(Publications.PART)) {
                partBytes.put(o.path(), o.sha256());
                if (o.made()) {
                    madeTonight.put(o.path(), o.sha256());
                }
            }
        }
        List<Book> todo = new ArrayList<>();
        for (YearPlan y : tonight.plans(run.runId()).values()) {
            String year = Integer.toString(y.year());
            todo.add(new Book(y, null, out.folder().resolve(year, BOOK + "-" + year + ".pdf"), Long.MAX_VALUE));
            List<String> regions = BookPlan.regions(y);
            if (regions.size() > 1) {
                for (String region : regions) {
                    long size = BookPlan.departments(y).stream().filter(d -> d.region().equals(region)).count();
                    todo.add(new Book(y, region, out.folder().resolve(year, region, BOOK + "-" + year + "-" + region + ".pdf"), size));
                }
            }
        }
        todo.sort(Comparator.comparingLong(Book::departments).reversed());
        List<SideBySide.Task> tasks = new ArrayList<>();
        // a part is in its 地区's book and in the year's: its outline is read once, and not again on a later night
        KeptOutlines outlines = new KeptOutlines(run.output(), pdf -> partBytes.get(out.relative(pdf)));
        String salt = fingerprints.contents();
        // a part is prepared for binding once, for its 地区's book and its year's, and kept for the nights after:
        // tonight's new parts first, side by side, so that no book waits for another's preparation (a part kept
        // from an earlier night was prepared then; one whose preparation went missing is prepared as it is bound)
        PreparedParts prepared = PreparedParts.in(run.output());
        if (!run.printing().draft()) {
            List<SideBySide.Task> preparing = new ArrayList<>();
            for (Map.Entry<String, String> p : madeTonight.entrySet()) {
                Path pdf = run.output().resolve(p.getKey());
                preparing.add(() -> prepared.prepare(pdf, p.getValue(), books.binder()));
            }
            long started = System.nanoTime();
            SideBySide.run(threads, "book", preparing);
            log.info("汇编：{} 个部件已备好装订，用时 {} 秒", preparing.size(), String.format("%.1f", (System.nanoTime() - started) / 1e9));
        }
        for (Book b : todo) {
            ContentsSlot slot = ContentsSlot.of(run.output(), out.relative(b.target()), salt);
            tasks.add(() -> bind(out, parts, partBytes, run, b.year(), b.region(), b.target(), outlines, slot, prepared));
        }
        SideBySide.run(threads, "book", tasks);
        outlines.save(new java.util.HashSet<>(partBytes.values()));
        prepared.keepOnly(partBytes.values());
        ContentsSlot.keepOnly(run.output(), todo.stream().map(b -> out.relative(b.target())).collect(java.util.stream.Collectors.toSet()));
        return RepeatStatus.FINISHED;
    }

    /** {@code 汇编-2025.pdf} → {@code 汇编-2025-归档版.pdf}. */
    static Path archived(Path pdf) {
        String name = pdf.getFileName().toString();
        return pdf.resolveSibling(name.substring(0, name.length() - ".pdf".length()) + ARCHIVE + ".pdf");
    }

    /** Binds a book, unless the one in place was bound from the same parts, cover, run date and printing. */
    private void bind(Publications out, PartFolder parts, Map<String, String> partBytes, RunParameters run, YearPlan y,
            String region, Path target, KeptOutlines outlines, ContentsSlot slot, PreparedParts prepared) throws IOException {
        BookContent content = BookPlan.of(y, region, parts);
        List<String> bound = new ArrayList<>();
        Stream.concat(Stream.concat(content.status().stream(), content.front().stream()), content.regions().stream()
                .flatMap(r -> r.departments().stream().flatMap(u -> u.parts().stream())))
                .forEach(c -> bound.add(c.title() + "=" + partBytes.get(out.relative(c.pdf()))));
        String fingerprint = fingerprints.book(content.cover() + "|" + content.regions().stream()
                .map(r -> r.name() + ":" + r.departments().stream().map(BookContent.Unit::name).toList()).toList(), bound,
                run.runDate(), run.printing());
        List<Path> targets = run.printing().archive() ? List.of(target, archived(target)) : List.of(target);
        if (out.keep(targets, fingerprint)) {
            return;
        }
        long started = System.nanoTime();
        Path scratch = parts.scratch(target.getFileName().toString());
        try {
            int pages = books.write(scratch, content, run.printing(), false, run.runDate(), outlines, slot, prepared);
            out.publish(scratch, target, "book-pdf", y.year(), region, null, pages, fingerprint);
            if (run.printing().archive()) {
                books.write(scratch, content, run.printing(), true, run.runDate(), outlines, slot, prepared);
                out.publish(scratch, archived(target), "archive-pdf", y.year(), region, null, pages, fingerprint);
            }
            log.info("汇编 {}：{} 页，{} MB，用时 {} 秒", out.folder().relative(target), pages,
                    String.format("%.1f", Files.size(target) / 1048576.0), String.format("%.1f", (System.nanoTime() - started) / 1e9));
        } finally {
            Files.deleteIfExists(scratch);
        }
    }
}
