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
    /** Where each text element sits on the page (its containers' offsets), as the pre-pass saw it. */
    private final Map<JRPrintElement, int[]> offsets = new IdentityHashMap<>();

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
                offsets.put(e, new int[] {offsetX, offsetY});
                JRLineBox box = text.getLineBox();
                for (Side side : Side.values()) {
                    Line line = line(side, box, e, offsetX, offsetY);
                    if (line != null) {
                        last.put(line, e);
                    }
                }
            }
        }
    }

    /**
     * Whether {@code element} strokes its {@code side} at the offsets Jasper exports it with: false when
     * an element exported after it strokes the very same line.
     */
    boolean strokes(JRPrintElement element, Side side, JRLineBox box, int offsetX, int offsetY) {
        int[] seen = offsets.get(element);
        if (seen == null || seen[0] != offsetX || seen[1] != offsetY) {
            return true; // not placed as the pre-pass placed it: draw as Jasper would
        }
        Line line = line(side, box, element, offsetX, offsetY);
        return line == null || last.get(line) == element;
    }

    /** The line a side strokes, or null when it strokes none or one this class leaves alone. */
    private static Line line(Side side, JRLineBox box, JRPrintElement e, int offsetX, int offsetY) {
        JRPen pen = switch (side) {
            case TOP -> box.getTopPen();
            case LEFT -> box.getLeftPen();
            case BOTTOM -> box.getBottomPen();
            case RIGHT -> box.getRightPen();
        };
        float width = pen.getLineWidth();
        if (width <= 0f || pen.getLineStyle() != LineStyleEnum.SOLID) {
            return null;
        }
        int x = offsetX + e.getX();
        int y = offsetY + e.getY();
        return switch (side) {
            case TOP -> new Line(false, y, x, x + e.getWidth(), width, pen.getLineColor(), w(box.getLeftPen()), w(box.getRightPen()));
            case BOTTOM -> new Line(false, y + e.getHeight(), x, x + e.getWidth(), width, pen.getLineColor(), w(box.getLeftPen()),
                    w(box.getRightPen()));
            case LEFT -> new Line(true, x, y, y + e.getHeight(), width, pen.getLineColor(), w(box.getTopPen()), w(box.getBottomPen()));
            case RIGHT -> new Line(true, x + e.getWidth(), y, y + e.getHeight(), width, pen.getLineColor(), w(box.getTopPen()),
                    w(box.getBottomPen()));
        };
    }

    private static float w(JRPen pen) {
        return pen.getLineWidth();
    }
}
