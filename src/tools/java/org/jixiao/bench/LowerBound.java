package org.jixiao.bench;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Project;
import org.jixiao.store.ProjectStore;
import org.jixiao.store.StoredProject;
import org.jixiao.summary.Department;

/**
 * The rendering lower bound (issue 7): the pages jixiao renders — every department's 申报表 and
 * 自评表, its 汇总表, each 地区's and the overall one — written with OpenPDF directly, in the same fonts,
 * from the same store, one PDF per department as jixiao writes them, on as many threads as jixiao
 * is given. What Jasper costs on top of this is what there is to win.
 */
final class LowerBound {

    /** What the lower bound wrote and how long it took. */
    record Result(int files, long pages, double seconds, long peakHeapBytes) {
    }

    private interface Pages {
        void write(Document doc) throws DocumentException;
    }

    private final ProjectStore projects;
    private final Path folder;
    private final int threads;
    private final HeapSampler heap;
    private final PdfFonts fonts = new PdfFonts();
    private final List<Future<Integer>> written = new ArrayList<>();
    private final Map<Department, SummaryPages.Totals> totals = new LinkedHashMap<>();
    private ExecutorService pool;
    private Semaphore queue;

    private final long runId;

    /** The lower bound of the night {@code runId}: the pages its departments publish. */
    LowerBound(ProjectStore projects, long runId, Path folder, int threads, HeapSampler heap) {
        this.projects = projects;
        this.runId = runId;
        this.folder = folder;
        this.threads = threads;
        this.heap = heap;
    }

    Result run() throws IOException {
        long started = System.nanoTime();
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "jixiao-bench-openpdf");
            t.setDaemon(true);
            return t;
        });
        // a few departments queued per thread: enough to keep the threads busy, never the whole city
        queue = new Semaphore(threads * 2);
        try (HeapSampler.Watch watch = heap.watch()) {
            forms(Kind.TARGETS);
            forms(Kind.SELF_EVALUATION);
            summaries();
            long pages = 0;
            for (Future<Integer> f : written) {
                pages += f.get();
            }
            return new Result(written.size(), pages, (System.nanoTime() - started) / 1e9, watch.peak());
        } catch (ExecutionException e) {
            throw new IllegalStateException("OpenPDF 下限渲染失败：" + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One PDF per department of a kind, projects streaming from the store department by department. */
    private void forms(Kind kind) {
        List<StoredProject> batch = new ArrayList<>();
        Department[] current = {null};
        projects.forEachCurrent(runId, kind, sp -> {
            Project p = sp.project();
            Department d = new Department(p.year(), p.region(), p.department());
            if (!d.equals(current[0]) && !batch.isEmpty()) {
                submitForms(kind, current[0], List.copyOf(batch));
                batch.clear();
            }
            current[0] = d;
            batch.add(sp);
            SummaryPages.Totals t = totals.computeIfAbsent(d, SummaryPages.Totals::new);
            if (kind == Kind.TARGETS) {
                t.target(p);
            } else {
                t.self(p, sp.evaluation());
            }
        });
        if (!batch.isEmpty()) {
            submitForms(kind, current[0], List.copyOf(batch));
        }
    }

    private void submitForms(Kind kind, Department d, List<StoredProject> batch) {
        String file = kind == Kind.TARGETS ? "绩效目标申报表.pdf" : "绩效自评表.pdf";
        submit(folder.resolve(Integer.toString(d.year())).resolve(safe(d.region())).resolve(safe(d.name())).resolve(file), doc -> {
            FormPages pages = new FormPages(fonts.faces());
            boolean first = true;
            for (StoredProject sp : batch) {
                if (!first) {
                    doc.newPage();
                }
                first = false;
                if (kind == Kind.TARGETS) {
                    pages.targets(doc, sp.project());
                } else {
                    pages.selfEvaluation(doc, sp.project(), sp.evaluation());
                }
            }
        });
    }

    /** Each department's 汇总表, then per 年度 each 地区's and the overall one. */
    private void summaries() {
        Map<Integer, Map<String, List<SummaryPages.Totals>>> byYear = new LinkedHashMap<>();
        for (SummaryPages.Totals t : totals.values()) {
            Department d = t.department;
            submit(folder.resolve(Integer.toString(d.year())).resolve(safe(d.region())).resolve(safe(d.name())).resolve("汇总表.pdf"),
                    doc -> new SummaryPages(fonts.faces()).department(doc, t));
            byYear.computeIfAbsent(d.year(), y -> new LinkedHashMap<>()).computeIfAbsent(d.region(), r -> new ArrayList<>()).add(t);
        }
        byYear.forEach((year, regions) -> {
            List<SummaryPages.Totals> all = new ArrayList<>();
            regions.forEach((region, departments) -> {
                all.addAll(departments);
                submit(folder.resolve(Integer.toString(year)).resolve(safe(region)).resolve("汇总表-" + safe(region) + ".pdf"),
                        doc -> new SummaryPages(fonts.faces()).departments(doc, region + " " + year + "年度项目绩效汇总表（按主管部门）", departments));
            });
            submit(folder.resolve(Integer.toString(year)).resolve("汇总表-全部.pdf"),
                    doc -> new SummaryPages(fonts.faces()).departments(doc, year + "年度项目绩效汇总表（全部地区）", all));
        });
    }

    /** Renders on the pool, at most a few files ahead of the threads; the page count is the future's value. */
    private void submit(Path target, Pages pages) {
        try {
            queue.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        written.add(pool.submit(() -> {
            try {
                return write(target, pages);
            } finally {
                queue.release();
            }
        }));
    }

    private static int write(Path target, Pages pages) throws IOException, DocumentException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        Document doc = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter writer = PdfWriter.getInstance(doc, bytes);
        doc.open();
        pages.write(doc);
        int count = writer.getPageNumber();
        doc.close();
        Files.createDirectories(target.getParent());
        try {
            Files.write(target, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    /** Department and 地区 names become folder names. */
    private static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\x00-\\x1f]", "_");
    }
}
