package org.jixiao.render;

import java.awt.Color;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JRPen;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.type.LineStyleEnum;

/**
 * Each border line between two table cells of a page stroked once instead of twice.
 *
 * <p>Every cell of the forms' tables has a pen on all four sides, so the line between two neighbours
 * is drawn by both, at the same place with the same pen: on a 自评表 page some 230 of the 590 strokes
 * are such repeats, a sixth of the page's compressed content (the largest part of a book). Of the
 * cells that draw the same line, only the one exported last draws it: whatever the others' fills
 * and text put there before, that last stroke covers as it always did, so the page looks the same.
 *
 * <p>A line is the same when Jasper would stroke the same segment: same side orientation and
 * position on the page, same extent, same pen (width, colour, solid) and the same neighbouring pens
 * (Jasper lengthens a side by half the width of the pens it meets). Only solid pens of text
 * elements count; dashes and double lines depend on direction and side, and are left alone.
 */
final class CellBorders {

    enum Side { TOP, LEFT, BOTTOM, RIGHT }

    /** One stroke as Jasper draws it for a box side, in page coordinates. */
    record Line(boolean vertical, int at, int from, int to, float width, Color color, float startPen, float endPen) {
    }

    /** The last element (in export order) that strokes each line. */
    private final Map<Line, JRPrintElement> last = new HashMap<>();
    /** Where each text element sits on the page (its containers' offsets), as the pre-pass saw it, and its lines. */
    private final Map<JRPrintElement, Placed> placed = new IdentityHashMap<>();
    /**
     * The pens of each line box on the page, resolved once: a pen's width, style and colour are looked up
     * through its element's styles on every call, and the cells of a table share a handful of boxes.
     */
    private final Map<JRLineBox, Pens> pens = new IdentityHashMap<>();

    /** A text element's offsets and the line each of its sides strokes (null: none this class counts), by {@link Side}. */
    private record Placed(int offsetX, int offsetY, Line[] lines) {
    }

    /** A box's four pens as Jasper strokes them, by {@link Side}: width (0 for none this class counts) and colour. */
    private record Pens(float[] widths, boolean[] solid, Color[] colors) {
        static Pens of(JRLineBox box) {
            JRPen[] sides = {box.getTopPen(), box.getLeftPen(), box.getBottomPen(), box.getRightPen()};
            float[] widths = new float[4];
            boolean[] solid = new boolean[4];
            Color[] colors = new Color[4];
            for (int i = 0; i < 4; i++) {
                widths[i] = sides[i].getLineWidth();
                solid[i] = sides[i].getLineStyle() == LineStyleEnum.SOLID;
                colors[i] = sides[i].getLineColor();
            }
            return new Pens(widths, solid, colors);
        }
    }

    private CellBorders() {
    }

    /** The page's text elements in the order Jasper exports them (frames depth first). */
    static CellBorders of(List<JRPrintElement> elements) {
        CellBorders borders = new CellBorders();
        borders.collect(elements, 0, 0);
        return borders;
    }

    private void collect(List<JRPrintElement> elements, int offsetX, int offsetY) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintFrame frame) {
                // as JRAbstractExporter#setFrameElementsOffset places a frame's children
                collect(frame.getElements(), offsetX + frame.getX() + frame.getLineBox().getLeftPadding(),
                        offsetY + frame.getY() + frame.getLineBox().getTopPadding());
            } else if (e instanceof JRPrintText text) {
                Pens p = pens.computeIfAbsent(text.getLineBox(), Pens::of);
                Line[] lines = new Line[4];
                for (Side side : Side.values()) {
                    Line line = line(side, p, e, offsetX, offsetY);
                    if (line != null) {
                        last.put(line, e);
                        lines[side.ordinal()] = line;
                    }
                }
                placed.put(e, new Placed(offsetX, offsetY, lines));
            }
        }
    }

    /**
     * Whether {@code element} strokes its {@code side} at the offsets Jasper exports it with: false when
     * an element exported after it strokes the very same line. The line is the one the pre-pass worked
     * out for the element's box at these offsets.
     */
    boolean strokes(JRPrintElement element, Side side, int offsetX, int offsetY) {
        Placed seen = placed.get(element);
        if (seen == null || seen.offsetX() != offsetX || seen.offsetY() != offsetY) {
            return true; // not placed as the pre-pass placed it: draw as Jasper would
        }
        Line line = seen.lines()[side.ordinal()];
        return line == null || last.get(line) == element;
    }

    /** The line a side strokes, or null when it strokes none or one this class leaves alone. */
    private static Line line(Side side, Pens p, JRPrintElement e, int offsetX, int offsetY) {
        int s = side.ordinal();
        float width = p.widths()[s];
        if (width <= 0f || !p.solid()[s]) {
            return null;
        }
        Color color = p.colors()[s];
        float top = p.widths()[Side.TOP.ordinal()];
        float left = p.widths()[Side.LEFT.ordinal()];
        float bottom = p.widths()[Side.BOTTOM.ordinal()];
        float right = p.widths()[Side.RIGHT.ordinal()];
        int x = offsetX + e.getX();
        int y = offsetY + e.getY();
        return switch (side) {
            case TOP -> new Line(false, y, x, x + e.getWidth(), width, color, left, right);
            case BOTTOM -> new Line(false, y + e.getHeight(), x, x + e.getWidth(), width, color, left, right);
            case LEFT -> new Line(true, x, y, y + e.getHeight(), width, color, top, bottom);
            case RIGHT -> new Line(true, x + e.getWidth(), y, y + e.getHeight(), width, color, top, bottom);
        };
    }
}
