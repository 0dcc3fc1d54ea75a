package org.jixiao.render;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import org.jixiao.filing.Project;
import org.jixiao.summary.Department;
import org.jixiao.summary.YearSummary;

/**
 * Renders jixiao's PDFs from the templates: a department's 申报表 or 自评表 in one fill, and the 汇总表.
 * One instance per run: templates compile on first use and are reused for every department.
 */
public final class Reports {

    /**
     * A department with more projects than this is filled through a swap file: its pages go to disk
     * as they are filled instead of piling up in the heap (a department is ~10 projects; a few are
     * much larger). Smaller ones stay in memory, which is faster.
     */
    static final int VIRTUALIZE_ABOVE_PROJECTS = 100;

    /** Reports are filled in Chinese, in Shanghai time, whatever the machine's defaults. */
    static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
    static final TimeZone TIME_ZONE = TimeZone.getTimeZone("Asia/Shanghai");

    private final JasperReportsContext context;
    private final Templates templates;
    /** Made on first use: it loads the font programs, which a night that binds nothing never needs. */
    private volatile Binder binder;

    public Reports(JasperReportsContext context, Templates templates) {
        Fonts.require(context);
        this.context = context;
        this.templates = templates;
    }

    /** Templates from ./templates when present, else from the jar; the font checked first. */
    public static Reports standard() {
        return standard(null);
    }

    /** The same, keeping compiled templates in {@code cache} from night to night (null: compiled each run). */
    public static Reports standard(java.nio.file.Path cache) {
        JasperReportsContext context = DefaultJasperReportsContext.getInstance();
        return new Reports(context, Templates.standard(context, cache));
    }

    public Templates templates() {
        return templates;
    }

    /** Binds the parts these reports render into publications. */
    public Binder binder() {
        Binder b = binder;
        if (b == null) {
            synchronized (this) {
                if (binder == null) {
                    binder = new Binder(context);
                }
                b = binder;
            }
        }
        return b;
    }

    /** One department's 绩效目标申报表, projects in the order given. */
    public Rendered targetForms(List<Project> projects, String title, LocalDate runDate) {
        return render(TargetForms.FORM, TargetForms.parameters(templates), TargetForms.projects(projects), title, runDate,
                projects.size() > VIRTUALIZE_ABOVE_PROJECTS);
    }

    /** One department's 绩效自评表, projects in the order given, 问题 findings marked. */
    public Rendered selfEvaluationForms(List<SelfForm> forms, String title, LocalDate runDate) {
        return render(SelfForms.FORM, SelfForms.parameters(templates), SelfForms.projects(forms), title, runDate,
                forms.size() > VIRTUALIZE_ABOVE_PROJECTS);
    }

    /**
     * The date in the PDFs of a publication that is a pure function of its filings (a department's forms,
     * 汇总表 and 公开版): not the run's, so that a department whose filings did not change keeps its
     * bytes from night to night. Nothing prints it; it is the document date a PDF must carry.
     */
    public static final LocalDate CONTENT_DATE = LocalDate.of(2000, 1, 1);

    /** A department's 汇总表: its projects of both kinds, the disclosure sentence, charts; no run date on it. */
    public Rendered departmentSummary(YearSummary year, Department department) {
        return departmentSummary(year, department, Consolidation.NONE);
    }

    /** A department's 汇总表 with what the consolidation adds: last year beside this year, the 自评 against their targets. */
    public Rendered departmentSummary(YearSummary year, Department department, Consolidation consolidation) {
        return summary(new Summaries(templates, consolidation).department(year, department),
                department.name() + " " + year.year() + "年度汇总表", null);
    }

    /** A 地区's 汇总表: one row per department. */
    public Rendered regionSummary(YearSummary year, String region, LocalDate runDate) {
        return regionSummary(year, region, Consolidation.NONE, runDate);
    }

    public Rendered regionSummary(YearSummary year, String region, Consolidation consolidation, LocalDate runDate) {
        return summary(new Summaries(templates, consolidation).region(year, region), region + " " + year.year() + "年度汇总表", runDate);
    }

    /** The overall 汇总表 of a 年度: departments under their 地区. */
    public Rendered overallSummary(YearSummary year, LocalDate runDate) {
        return overallSummary(year, Consolidation.NONE, runDate);
    }

    public Rendered overallSummary(YearSummary year, Consolidation consolidation, LocalDate runDate) {
        return summary(new Summaries(templates, consolidation).overall(year), year.year() + "年度汇总表（全部地区）", runDate);
    }

    /** The title of a 报送情况表 ({@code region} null: all 地区). */
    public static String statusTitle(int year, String region) {
        return StatusSheets.title(year, region);
    }

    /**
     * The 报送情况表 of a 年度 ({@code region} null: all 地区), from the 年度's lines in report order; {@code roster}
     * the roster's file name (null without one). {@code history}: the edition published on its own, with the
     * dates only the nights on this folder know; without, the edition the books bind (see {@link StatusSheets}).
     */
    public Rendered submissionStatus(int year, String region, List<org.jixiao.roster.StatusLine> yearLines, String roster,
            boolean history, LocalDate runDate) {
        return summary(new StatusSheets(templates).blocks(year, region, yearLines, roster, history, runDate),
                StatusSheets.title(year, region), runDate);
    }

    /** The cover of a summary book. */
    public Rendered bookCover(String title, String region, String regions, String scope, LocalDate runDate, boolean draft) {
        FrontMatter.Cover cover = new FrontMatter.Cover(title, region, regions, scope, runDate, draft);
        return render(FrontMatter.COVER, FrontMatter.cover(cover), FrontMatter.none(), title, runDate, false);
    }

    /** A book's table of contents, with the page numbers. */
    public Rendered bookContents(List<Bookmark.Line> lines, boolean withPages, LocalDate runDate) {
        return render(FrontMatter.CONTENTS, Map.of(), FrontMatter.contents(lines, withPages), "目录", runDate,
                lines.size() > VIRTUALIZE_ABOVE_PROJECTS * 20);
    }

    /**
     * How many pages a book's table of contents takes, filled without page numbers (a line's height
     * does not depend on its number) and not exported: the book needs the length before the numbers.
     */
    public int bookContentsPages(List<Bookmark.Line> lines) {
        return fill(FrontMatter.CONTENTS, Map.of(), FrontMatter.contents(lines, false), "目录",
                lines.size() > VIRTUALIZE_ABOVE_PROJECTS * 20, print -> print.getPages().size());
    }

    /** The opening of a department's disclosure edition: heading and 绩效目标设置情况. */
    public Rendered disclosureOpening(String department, int year, String paragraph, LocalDate runDate) {
        return render(FrontMatter.DISCLOSURE, FrontMatter.disclosure(department, year, paragraph), FrontMatter.none(),
                department + " " + year + "年度绩效目标公开", runDate, false);
    }

    /** A 汇总表; {@code runDate} null for one that must not depend on the run (a department's). */
    private Rendered summary(List<Block> blocks, String title, LocalDate runDate) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("RUN_DATE", runDate == null ? null : runDate.toString());
        return render("summary", parameters, Block.source(blocks), title, runDate == null ? CONTENT_DATE : runDate, false);
    }

    Rendered render(String template, Map<String, Object> parameters, JRDataSource data, String title, LocalDate runDate,
            boolean virtualize) {
        return fill(template, parameters, data, title, virtualize, print -> Pdf.export(context, print, title, runDate));
    }

    /** Fills a template and hands the filled report to {@code then} while its pages are still there. */
    private <T> T fill(String template, Map<String, Object> parameters, JRDataSource data, String title, boolean virtualize,
            java.util.function.Function<JasperPrint, T> then) {
        Map<String, Object> p = new HashMap<>(parameters);
        p.put(JRParameter.REPORT_LOCALE, LOCALE);
        p.put(JRParameter.REPORT_TIME_ZONE, TIME_ZONE);
        JRSwapFileVirtualizer virtualizer = virtualize
                ? new JRSwapFileVirtualizer(50, new JRSwapFile(context, System.getProperty("java.io.tmpdir"), 4096, 256), true)
                : null;
        try {
            if (virtualizer != null) {
                p.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            }
            JasperPrint print = JasperFillManager.getInstance(context).fill(templates.report(template), p, data);
            return then.apply(print);
        } catch (JRException e) {
            throw new IllegalStateException("报表填充失败：" + title + "：" + e.getMessage(), e);
        } finally {
            if (virtualizer != null) {
                virtualizer.cleanup();
            }
        }
    }
}
