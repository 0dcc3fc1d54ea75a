package org.jixiao.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.output.OutputFolder;
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
 */
class BookTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(BookTasklet.class);
    static final String BOOK = "汇编";

    private final ProjectStore projects;
    private final RunStore runs;
    private final Books books;

    BookTasklet(ProjectStore projects, RunStore runs, Books books) {
        this.projects = projects;
        this.runs = runs;
        this.books = books;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        RunParameters run = RunParameters.of(context.getStepContext().getStepExecution().getJobParameters());
        Publications out = new Publications(new OutputFolder(run.output()), runs, run.runId());
        PartFolder parts = new PartFolder(run.output());
        for (YearSummary y : PublishTablesTasklet.summarise(projects).values()) {
            String year = Integer.toString(y.year());
            bind(out, parts, run, y, null, out.folder().resolve(year, BOOK + "-" + year + ".pdf"));
            List<String> regions = BookPlan.regions(y);
            if (regions.size() > 1) {
                for (String region : regions) {
                    bind(out, parts, run, y, region, out.folder().resolve(year, region, BOOK + "-" + year + "-" + region + ".pdf"));
                }
            }
        }
        return RepeatStatus.FINISHED;
    }

    private void bind(Publications out, PartFolder parts, RunParameters run, YearSummary y, String region, Path target)
            throws IOException {
        long started = System.nanoTime();
        Path scratch = parts.scratch(target.getFileName().toString());
        try {
            int pages = books.write(scratch, BookPlan.of(y, region, parts), run.printing(), run.runDate());
            out.write(target, "book-pdf", y.year(), region, null, pages, o -> Files.copy(scratch, o));
            log.info("汇编 {}：{} 页，{} MB，用时 {} 秒", out.folder().relative(target), pages,
                    String.format("%.1f", Files.size(target) / 1048576.0), String.format("%.1f", (System.nanoTime() - started) / 1e9));
        } finally {
            Files.deleteIfExists(scratch);
        }
    }
}
