package org.jixiao.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintText;

/**
 * Centres the names of an indicator table's merged cells on the rows they stand for, page by page.
 *
 * <p>Jasper fills a table row by row and only learns where a page ends when a row no longer fits, so
 * a template cannot put a name in the middle of a run that a page break will cut. The indicator
 * tables print each name in the run's first row and in the first row of each page the run continues
 * on (see {@link TableRows}); here, on the filled page, each such name (element key {@code level1} or
 * {@code level2}) is stretched over the rows of its column down to the next name (the cells, key
 * {@code level1Cell} or {@code level2Cell}), and its text, vertically centred, lands in the middle of
 * the run's part of that page. The vertical label of the whole table (key {@code tableLabel}, printed
 * by the form on every page the table is on) is centred the same way on the table's first column
 * (key {@code tableCell}), and left out on a page where the table is too short to hold it.
 *
 * <p>Only positions change: every name was laid out by Jasper for its width and fits the row it was
 * printed in, so it fits the taller stretch it is moved to.
 */
final class MergedLabels {

    private static final List<String[]> MERGED = List.of(new String[] {"level1", "level1Cell"},
            new String[] {"level2", "level2Cell"});
    private static final String TABLE_LABEL = "tableLabel";
    private static final String TABLE_CELL = "tableCell";

    private MergedLabels() {
    }

    /** The page's elements to export: names moved to the middle of their runs, a table label with no room left out. */
    static List<JRPrintElement> arrange(List<JRPrintElement> elements) {
        if (!hasKeys(elements)) {
            return elements;
        }
        List<Placed> all = new ArrayList<>();
        collect(elements, 0, all);
        for (String[] merged : MERGED) {
            centre(of(all, merged[0]), of(all, merged[1]));
        }
        List<JRPrintElement> dropped = new ArrayList<>();
        List<Placed> cells = of(all, TABLE_CELL);
        for (Placed label : of(all, TABLE_LABEL)) {
            if (cells.isEmpty() || !stretch(label, top(cells), bottom(cells))) {
                dropped.add(label.element());
            }
        }
        if (dropped.isEmpty()) {
            return elements;
        }
        List<JRPrintElement> kept = new ArrayList<>(elements);
        kept.removeAll(dropped);
        return kept;
    }

    /** An element and where its container sits on the page. */
    private record Placed(JRPrintElement element, int offsetY) {
        int y() {
            return offsetY + element.getY();
        }

        int bottom() {
            return y() + element.getHeight();
        }
    }

    private static boolean hasKeys(List<JRPrintElement> elements) {
        for (JRPrintElement e : elements) {
            if (e.getKey() != null || e instanceof JRPrintFrame) {
                return true;
            }
        }
        return false;
    }

    private static void collect(List<JRPrintElement> elements, int offsetY, List<Placed> out) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintFrame frame) {
                collect(frame.getElements(), offsetY + frame.getY() + frame.getLineBox().getTopPadding(), out);
            } else if (e.getKey() != null) {
                out.add(new Placed(e, offsetY));
            }
        }
    }

    private static List<Placed> of(List<Placed> all, String key) {
        return all.stream().filter(p -> key.equals(p.element().getKey())).sorted(Comparator.comparingInt(Placed::y)).toList();
    }

    /** Each name over its column's cells from its own row down to the row of the next name. */
    private static void centre(List<Placed> labels, List<Placed> cells) {
        for (int i = 0; i < labels.size(); i++) {
            Placed label = labels.get(i);
            int from = label.y();
            int to = i + 1 < labels.size() ? labels.get(i + 1).y() : Integer.MAX_VALUE;
            int bottom = label.bottom();
            for (Placed c : cells) {
                if (c.y() >= from && c.y() < to) {
                    bottom = Math.max(bottom, c.bottom());
                }
            }
            stretch(label, from, bottom);
        }
    }

    private static int top(List<Placed> cells) {
        return cells.stream().mapToInt(Placed::y).min().orElseThrow();
    }

    private static int bottom(List<Placed> cells) {
        return cells.stream().mapToInt(Placed::bottom).max().orElseThrow();
    }

    /** Sets the element over [top, bottom) of the page; false when its text is taller than that. */
    private static boolean stretch(Placed p, int top, int bottom) {
        JRPrintElement e = p.element();
        if (e instanceof JRPrintText text
                && text.getTextHeight() + text.getLineBox().getTopPadding() + text.getLineBox().getBottomPadding() > bottom - top) {
            return false;
        }
        e.setY(top - p.offsetY());
        e.setHeight(bottom - top);
        return true;
    }
}
