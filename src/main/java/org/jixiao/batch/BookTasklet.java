package org.jixiao.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.output.OutputFolder;
import org.jixiao.render.BookContent;
import org.jixiao.render.Books;
import org.jixiao.store.ProjectStore;
import org.jixiao.store.RunStore;
import org.jixiao.summary.YearSummary;
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

    private final ProjectStore projects;
    private final RunStore runs;
    private final Books books;
    private final int threads;

    BookTasklet(ProjectStore projects, RunStore runs, Books books, int threads) {
        this.projects = projects;
        this.runs = runs;
        this.books = books;
        this.threads = threads;
    }

    /** One book to bind: a year's, or a 地区's when {@code region} is set; {@code departments} sorts the largest first. */
    private record Book(YearSummary year, String region, Path target, long departments) {
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        RunParameters run = RunParameters.of(context.getStepContext().getStepExecution().getJobParameters());
        Publications out = new Publications(new OutputFolder(run.output()), runs, run.runId());
        PartFolder parts = new PartFolder(run.output());
        List<Book> todo = new ArrayList<>();
        for (YearSummary y : PublishTablesTasklet.summarise(projects).values()) {
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
        for (Book b : todo) {
            tasks.add(() -> bind(out, parts, run, b.year(), b.region(), b.target()));
        }
        SideBySide.run(threads, "book", tasks);
        return RepeatStatus.FINISHED;
    }

    /** {@code 汇编-2025.pdf} → {@code 汇编-2025-归档版.pdf}. */
    static Path archived(Path pdf) {
        String name = pdf.getFileName().toString();
        return pdf.resolveSibling(name.substring(0, name.length() - ".pdf".length()) + ARCHIVE + ".pdf");
    }

    private void bind(Publications out, PartFolder parts, RunParameters run, YearSummary y, String region, Path target)
            throws IOException {
        long started = System.nanoTime();
        Path scratch = parts.scratch(target.getFileName().toString());
        try {
            BookContent plan = BookPlan.of(y, region, parts);
            int pages = books.write(scratch, plan, run.printing(), run.runDate());
            out.publish(scratch, target, "book-pdf", y.year(), region, null, pages);
            if (run.printing().archive()) {
                books.write(scratch, plan, run.printing(), true, run.runDate());
                out.publish(scratch, archived(target), "archive-pdf", y.year(), region, null, pages);
            }
            log.info("汇编 {}：{} 页，{} MB，用时 {} 秒", out.folder().relative(target), pages,
                    String.format("%.1f", Files.size(target) / 1048576.0), String.format("%.1f", (System.nanoTime() - started) / 1e9));
        } finally {
            Files.deleteIfExists(scratch);
        }
    }
}
