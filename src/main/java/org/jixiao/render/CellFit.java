package org.jixiao.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRTextField;
import net.sf.jasperreports.engine.JasperReport;

/**
 * Whether a text wraps in a cell of a compiled template: measured with the shipped font, in the width
 * the template gives the cell that prints the field (see {@link TableFit}).
 */
final class CellFit {
    /** styles.jrtx: "text" is 9pt, "cell" pads 3pt left and right. */
    private static final float FONT_SIZE = 9f;
    private static final int PADDING = 6;
    private static final FontRenderContext RENDER = new FontRenderContext(null, true, true);

    private final Font font;
    private final int width;

    CellFit(Font family, int cellWidth) {
        this.font = family.deriveFont(FONT_SIZE);
        this.width = Math.max(1, cellWidth - PADDING);
    }

    /** For the cell printing {@code $F{field}} in the detail band of {@code report}. */
    static CellFit of(Font family, JasperReport report, String field) {
        return new CellFit(family, widthOf(report, field));
    }

    boolean wraps(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        AttributedString s = new AttributedString(text);
        s.addAttribute(TextAttribute.FONT, font);
        LineBreakMeasurer m = new LineBreakMeasurer(s.getIterator(), RENDER);
        m.nextLayout(width);
        return m.getPosition() < text.length();
    }

    private static int widthOf(JasperReport report, String field) {
        String expression = "$F{" + field + "}";
        for (JRBand band : report.getDetailSection().getBands()) {
            for (JRElement e : band.getElements()) {
                if (e instanceof JRTextField t && t.getExpression() != null && expression.equals(t.getExpression().getText().strip())) {
                    return e.getWidth();
                }
            }
        }
        throw new IllegalStateException("模板 " + report.getName() + " 中没有显示 " + expression + " 的单元格");
    }
}
