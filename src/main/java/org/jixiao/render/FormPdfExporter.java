package org.jixiao.render;

import java.io.IOException;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JRPen;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * Jasper's PDF exporter with each page's merged-cell names centred on their runs first
 * ({@link MergedLabels}): where a page break cut a run is known only once the page is filled.
 * The page is arranged as it is exported, so a page read back from a swap file is arranged too.
 * A border line two cells share is stroked once, by the cell exported last ({@link CellBorders}).
 */
final class FormPdfExporter extends JRPdfExporter {

    /** The borders of the page being exported. */
    private CellBorders borders;

    FormPdfExporter(JasperReportsContext context) {
        super(context);
    }

    @Override
    protected void exportPage(JRPrintPage page) throws JRException, IOException {
        List<JRPrintElement> elements = MergedLabels.arrange(page.getElements());
        borders = CellBorders.of(elements);
        try {
            super.exportPage(new Arranged(elements));
        } finally {
            borders = null;
        }
    }

    @Override
    protected void exportTopPen(JRPen top, JRPen left, JRPen right, JRPrintElement element) {
        if (strokes(element, CellBorders.Side.TOP, top)) {
            super.exportTopPen(top, left, right, element);
        }
    }

    @Override
    protected void exportLeftPen(JRPen top, JRPen left, JRPen bottom, JRPrintElement element) {
        if (strokes(element, CellBorders.Side.LEFT, left)) {
            super.exportLeftPen(top, left, bottom, element);
        }
    }

    @Override
    protected void exportBottomPen(JRPen left, JRPen bottom, JRPen right, JRPrintElement element) {
        if (strokes(element, CellBorders.Side.BOTTOM, bottom)) {
            super.exportBottomPen(left, bottom, right, element);
        }
    }

    @Override
    protected void exportRightPen(JRPen top, JRPen bottom, JRPen right, JRPrintElement element) {
        if (strokes(element, CellBorders.Side.RIGHT, right)) {
            super.exportRightPen(top, bottom, right, element);
        }
    }

    /** False only for a text cell's side whose very line a cell exported later strokes again. */
    private boolean strokes(JRPrintElement element, CellBorders.Side side, JRPen pen) {
        if (borders == null || !(element instanceof JRPrintText text)) {
            return true;
        }
        JRLineBox box = text.getLineBox();
        JRPen own = switch (side) {
            case TOP -> box.getTopPen();
            case LEFT -> box.getLeftPen();
            case BOTTOM -> box.getBottomPen();
            case RIGHT -> box.getRightPen();
        };
        return own != pen || borders.strokes(element, side, getOffsetX(), getOffsetY());
    }

    /** The page as exported: its elements arranged, read once. */
    private record Arranged(List<JRPrintElement> elements) implements JRPrintPage {
        @Override
        public List<JRPrintElement> getElements() {
            return elements;
        }

        @Override
        public void setElements(List<JRPrintElement> elements) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void addElement(JRPrintElement element) {
            throw new UnsupportedOperationException();
        }
    }
}
