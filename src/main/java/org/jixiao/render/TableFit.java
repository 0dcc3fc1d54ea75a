package org.jixiao.render;

import java.awt.Font;
import net.sf.jasperreports.engine.JasperReport;

/**
 * Which merged runs of an indicator table are kept on one page (the {@code keep} field of the
 * *-indicators and *-span templates). A run whose name wraps in its cell would show half its name on
 * each page if a break fell after its first row, so a short one moves to the next page whole. A 一级
 * run whose first 二级 run moves is kept too, or its 一级 cell would be left empty at the page bottom.
 * Long runs still break, as they must: moving them would leave most of a page empty.
 */
final class TableFit {

    /** Runs up to this many rows may be moved whole. */
    static final int KEEP_MAX_ROWS = 8;

    private final CellFit level1;
    private final CellFit level2;

    TableFit(CellFit level1, CellFit level2) {
        this.level1 = level1;
        this.level2 = level2;
    }

    /** Measures the 一级 and 二级 cells of the compiled table templates with the shipped font. */
    static TableFit of(Font font, JasperReport table, JasperReport span) {
        return new TableFit(CellFit.of(font, table, "level1"), CellFit.of(font, span, "level2"));
    }

    boolean keep(Spans.Level2 run) {
        return run.rows().size() <= KEEP_MAX_ROWS && level2.wraps(run.name());
    }

    boolean keep(Spans.Level1 run) {
        int rows = run.runs().stream().mapToInt(r -> r.rows().size()).sum();
        return rows <= KEEP_MAX_ROWS && (level1.wraps(run.name()) || keep(run.runs().get(0)));
    }
}
