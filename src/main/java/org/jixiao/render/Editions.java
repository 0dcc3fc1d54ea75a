package org.jixiao.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.summary.Department;
import org.jixiao.summary.Disclosure;
import org.jixiao.summary.TargetTotals;

/**
 * The PDFs published per department, 地区 and 年度 outside the book, each bound from parts rendered
 * once: a part on its own (a department's 申报表, 自评表, 汇总表), and a department's disclosure edition.
 * Each is a function of its parts, so departments can be bound in any order or at the same time.
 */
public final class Editions {

    private final Reports reports;

    public Editions(Reports reports) {
        this.reports = reports;
    }

    /** A part published on its own: numbered 第 X 页 共 Y 页, its projects as bookmarks. */
    public Rendered alone(Rendered part, String title, Printing printing, LocalDate runDate) {
        try {
            List<Bookmark> outline = PartOutline.of(part.pdf()).entries();
            byte[] pdf = reports.binder().bytes(List.of(Piece.of(title, part)), outline, oneSided(printing), title, runDate);
            return new Rendered(pdf, part.pages());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("无法读取已生成的报表：" + title, e);
        }
    }

    /**
     * A department's disclosure edition, after seeds 000/001: its heading and 绩效目标设置情况 with the
     * sentence computed from its filings, then every project's 申报表, as a disclosure portal takes it.
     */
    public Rendered disclosure(Department d, TargetTotals totals, Rendered targetsPart, Printing printing, LocalDate runDate) {
        return disclosure(d, totals, targetsPart, printing, false, runDate);
    }

    /** The disclosure edition, or with {@code archive} its archive edition (PDF/A-1b). */
    public Rendered disclosure(Department d, TargetTotals totals, Rendered targetsPart, Printing printing, boolean archive,
            LocalDate runDate) {
        String title = d.name() + " " + d.year() + "年度绩效目标（公开版）";
        Rendered opening = reports.disclosureOpening(d.name(), d.year(), Disclosure.paragraph(d.year(), totals), runDate);
        try {
            List<Piece> pieces = List.of(Piece.of("绩效目标设置情况", opening), Piece.of("绩效目标申报表", targetsPart));
            Layout layout = Binder.layout(pieces, oneSided(printing));
            List<Bookmark> outline = new ArrayList<>();
            outline.add(Bookmark.leaf("绩效目标设置情况", 1));
            outline.addAll(PartOutline.of(targetsPart.pdf()).at(layout.starts()[1]));
            Description about = new Description(title, d.name(), d.year() + "年度；" + d.region() + "；" + d.name() + "；绩效目标公开",
                    d.year() + "年度；" + d.region() + "；" + d.name() + "；绩效目标；公开版");
            byte[] pdf = reports.binder().bytes(pieces, outline, oneSided(printing), about, archive, runDate);
            return new Rendered(pdf, layout.pages());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("无法读取已生成的报表：" + title, e);
        }
    }

    /** Only a book is laid out for double-sided printing: a department's file is read on screen or printed as is. */
    private static Printing oneSided(Printing printing) {
        return new Printing(printing.draft(), false);
    }
}
