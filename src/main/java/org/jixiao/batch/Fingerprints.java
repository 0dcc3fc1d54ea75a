package org.jixiao.batch;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jixiao.JixiaoApplication;
import org.jixiao.filing.Kind;
import org.jixiao.filing.ScoringPolicy;
import org.jixiao.filing.Sha256;
import org.jixiao.findings.TargetAgreementTable;
import org.jixiao.findings.TargetsCheck;
import org.jixiao.output.XlsxTables;
import org.jixiao.render.Printing;
import org.jixiao.render.Reports;
import org.jixiao.roster.Received;
import org.jixiao.roster.StatusLine;
import org.jixiao.store.ProjectStore;
import org.jixiao.summary.Department;
import org.springframework.stereotype.Component;

/**
 * What each output is made from, as one SHA-256: the night compares it with the fingerprint recorded
 * when the file was last written, and keeps the file when they agree. A department's reports are made
 * from its projects as filed (their digests, in report order), jixiao's version, the templates they
 * use and --draft; what sums departments up (地区 and overall 汇总表, the books) also from the run date.
 * So a changed template or setting touches exactly the outputs made with it.
 */
@Component
class Fingerprints {

    /**
     * Changes when a change to jixiao alters what a filing's content reads as, or how a report looks,
     * without a change of version: every content is then read again, every report made again.
     */
    static final int FORMAT = 1;
    static final String VERSION = version();

    static final String[] TARGETS = {"targets-form", "targets-indicators", "disclosure"};
    static final String[] SELF = {"self-form", "self-indicators"};
    static final String[] SUMMARY = {"summary", "summary-deductions", "summary-self-departments", "summary-self-projects",
        "summary-targets", "chart-bars", "chart-columns"};
    static final String[] BOOK = {"book-cover", "book-contents"};
    /** The 报送情况表 is laid out by the 汇总表's frame; the edition published on its own, and the one the books bind. */
    static final String[] STATUS = {"summary", "status-table"};
    static final String[] STATUS_BOOK = {"summary", "status-table-book"};
    /** What issue 17 adds to a 汇总表: the tables and chart of this year beside last. */
    static final String[] COMPARISON = {"summary-comparison-targets", "summary-comparison-self", "chart-bars-years"};

    private final ScoringPolicy policy;
    private final Reports reports;
    private final Map<String, String> templates = new ConcurrentHashMap<>();

    Fingerprints(ScoringPolicy policy, Reports reports) {
        this.policy = policy;
        this.reports = reports;
    }

    /** What reading and checking a content depends on besides its bytes: a content read under other checks is read again. */
    String checks() {
        return Sha256.of("checks", FORMAT, VERSION, policy);
    }

    /** A department's 申报表 (its part and PDF) and disclosure edition; {@code held} when the edition is held back. */
    String targets(Department d, List<ProjectStore.Seen> seen, boolean draft, boolean held) {
        return department("targets", TARGETS, d, seen, Kind.TARGETS, draft).add(held).hex();
    }

    /** A department's 自评表, its part and PDF. */
    String selfEvaluations(Department d, List<ProjectStore.Seen> seen, boolean draft) {
        return department("self", SELF, d, seen, Kind.SELF_EVALUATION, draft).hex();
    }

    /** A department's 汇总表, its part and PDF: both kinds of its projects, rejected ones counted. */
    String summary(Department d, List<ProjectStore.Seen> seen, boolean draft) {
        return department("summary", SUMMARY, d, seen, null, draft).hex();
    }

    /**
     * A department's 汇总表 with what issue 17 prints in it: as {@link #summary(Department, List, boolean)}, and the
     * department's projects of the 年度 before ({@code yearBefore}, both kinds, any 地区), whether that 年度 has each
     * kind at all (a department new this year then reads 新增), and how its 自评 stand against its targets.
     */
    String summary(Department d, List<ProjectStore.Seen> seen, List<ProjectStore.Seen> yearBefore, boolean targetsBefore,
            boolean selfBefore, TargetsCheck.Agreement agreement, boolean draft) {
        Sha256 sha = department("summary", SUMMARY, d, seen, null, draft).add(templates(COMPARISON)).add("year-before")
                .add(targetsBefore).add(selfBefore);
        for (ProjectStore.Seen s : yearBefore) {
            sha.add(s.region()).add(s.kind()).add(s.published()).add(s.digest());
        }
        return sha.add("agreement").add(agreement.projects()).add(agreement.withTargets()).add(agreement.agreeing()).hex();
    }

    /**
     * What a 地区's or the overall 汇总表 of a 年度 shows beside its departments' own (issue 17): every project
     * of the 年度 before (a department that filed then and not now is a row of the comparison) and every
     * department's 自评 against its targets (the 与目标一致 column appears when one has targets).
     */
    String yearBefore(List<ProjectStore.Seen> yearBefore, List<TargetAgreementTable.Line> agreement) {
        Sha256 sha = new Sha256().add("year-before").add(templates(COMPARISON));
        for (ProjectStore.Seen s : yearBefore) {
            sha.add(s.region()).add(s.department()).add(s.kind()).add(s.published()).add(s.digest());
        }
        for (TargetAgreementTable.Line l : agreement) {
            sha.add(l.region()).add(l.department()).add(l.agreement().projects()).add(l.agreement().withTargets())
                    .add(l.agreement().agreeing());
        }
        return sha.hex();
    }

    /**
     * A 报送情况表 of a 年度 ({@code region} null: all 地区): every field of every line of the 年度 (the counts of a
     * 地区 need the whole 年度), in the night's order, as the edition prints them — the book's edition gets its
     * lines without history, so a night whose only change is a date of history keeps the book — the roster's
     * name, the run date (printed) and --draft.
     */
    String status(int year, String region, List<StatusLine> lines, String roster, boolean history, LocalDate runDate, boolean draft) {
        Sha256 sha = new Sha256().add(history ? "status" : "status-book").add(FORMAT).add(VERSION)
                .add(templates(history ? STATUS : STATUS_BOOK)).add(draft).add(runDate).add(year).add(region).add(roster);
        for (StatusLine l : lines) {
            Received r = l.received();
            sha.add(l.kind()).add(l.region()).add(l.department()).add(l.state()).add(l.due()).add(l.deadline()).add(l.late())
                    .add(r == null ? null : r.firstReceived()).add(r == null ? null : r.lastChanged()).add(r == null ? null : r.accepted())
                    .add(r == null ? null : r.refused()).add(r == null ? null : r.errors());
        }
        return sha.hex();
    }

    private Sha256 department(String what, String[] names, Department d, List<ProjectStore.Seen> seen, Kind kind, boolean draft) {
        Sha256 sha = new Sha256().add(what).add(FORMAT).add(VERSION).add(templates(names)).add(draft).add(d.year()).add(d.region())
                .add(d.name());
        for (ProjectStore.Seen s : seen) {
            if (kind == null || s.kind() == kind) {
                // in report order, which is what the file names decide; the names themselves are printed nowhere
                sha.add(s.kind()).add(s.published()).add(s.digest());
            }
        }
        return sha;
    }

    /** A 地区's or the overall 汇总表: its departments' 汇总表 (by their fingerprints), the run date and --draft. */
    String aggregate(String what, int year, String region, List<String> departments, LocalDate runDate, boolean draft) {
        Sha256 sha = new Sha256().add(what).add(FORMAT).add(VERSION).add(templates(SUMMARY)).add(draft).add(runDate).add(year)
                .add(region);
        departments.forEach(sha::add);
        return sha.hex();
    }

    /** A 年度's summary tables (CSV and XLSX): its projects of both kinds, where they belong, and the run date. */
    String tables(int year, List<ProjectStore.Seen> seen, LocalDate runDate) {
        Sha256 sha = new Sha256().add("tables").add(FORMAT).add(VERSION).add(XlsxTables.FORMAT).add(runDate).add(year);
        for (ProjectStore.Seen s : seen) {
            sha.add(s.region()).add(s.department()).add(s.kind()).add(s.published()).add(s.digest());
        }
        return sha.hex();
    }

    /**
     * A 年度's summary tables with what issue 17 adds to them: its projects and the run date as above; the
     * year before's projects (this year against last); the 年度's 报送情况, every field of every line, its
     * dates of history too (they are printed); and its 自评 against their targets. The order of the lines is
     * the night's, so a roster that reorders departments makes the tables again.
     */
    String tables(int year, List<ProjectStore.Seen> seen, List<ProjectStore.Seen> yearBefore, List<StatusLine> status,
            List<TargetAgreementTable.Line> agreement, LocalDate runDate) {
        Sha256 sha = new Sha256().add(tables(year, seen, runDate)).add("year-before");
        for (ProjectStore.Seen s : yearBefore) {
            sha.add(s.region()).add(s.department()).add(s.kind()).add(s.published()).add(s.digest());
        }
        sha.add("status");
        for (StatusLine l : status) {
            Received r = l.received();
            sha.add(l.kind()).add(l.region()).add(l.department()).add(l.state()).add(l.due()).add(l.deadline()).add(l.late())
                    .add(r == null ? null : r.firstReceived()).add(r == null ? null : r.lastChanged()).add(r == null ? null : r.accepted())
                    .add(r == null ? null : r.refused()).add(r == null ? null : r.errors());
        }
        sha.add("agreement");
        for (TargetAgreementTable.Line l : agreement) {
            sha.add(l.region()).add(l.department()).add(l.agreement()).add(new java.util.TreeMap<>(l.counts()));
        }
        return sha.hex();
    }

    /** The 问题清单 (CSV and XLSX): every finding of the night as it is printed, and the run date. */
    String findings(List<org.jixiao.findings.Finding> found, LocalDate runDate) {
        Sha256 sha = new Sha256().add("findings").add(FORMAT).add(VERSION).add(XlsxTables.FORMAT).add(runDate);
        for (org.jixiao.findings.Finding f : found) {
            sha.add(f.rule().id()).add(f.file()).add(f.sheet()).add(f.row()).add(f.column()).add(f.department()).add(f.project())
                    .add(f.message());
        }
        return sha.hex();
    }

    /** A book: what its cover says, the parts it binds (by their bytes), the run date and how it is printed. */
    String book(Object cover, List<String> parts, LocalDate runDate, Printing printing) {
        Sha256 sha = new Sha256().add("book").add(FORMAT).add(VERSION).add(templates(BOOK)).add(printing.draft())
                .add(printing.duplex()).add(runDate).add(cover);
        parts.forEach(sha::add);
        return sha.hex();
    }

    /** What a book's table of contents is filled with besides its lines: jixiao and the contents' template. */
    String contents() {
        return Sha256.of("contents", FORMAT, VERSION, templates(new String[] {"book-contents"}));
    }

    /** The digest of a group of templates, as the night reads them. */
    String templatesOf(String[] names) {
        return templates(names);
    }

    private String templates(String[] names) {
        return templates.computeIfAbsent(String.join(",", names), k -> reports.templates().digest(names));
    }

    private static String version() {
        String v = JixiaoApplication.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
