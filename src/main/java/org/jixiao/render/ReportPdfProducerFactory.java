package org.jixiao.render;

import com.lowagie.text.ImgTemplate;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.text.AttributedCharacterIterator.Attribute;
import java.util.HashMap;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.type.ModeEnum;
import net.sf.jasperreports.pdf.classic.ClassicImage;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfImage;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducerContext;
import net.sf.jasperreports.pdf.common.PdfProducerFactory;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * JasperReports' PDF producer for jixiao's parts: the report font written without its program, and
 * the text of charts written as text in that font.
 *
 * <p>A part is only ever published bound into a publication, and the binder embeds one subset of the
 * font for the whole publication ({@link SharedFonts}); so the pages of a part name their glyphs and
 * leave the program out ({@link ReportFonts#referenced}).
 *
 * <p>Charts: by default Jasper draws the text of a chart as glyph outlines (force.svg.shapes): a third of the
 * time of a 汇总表's export, and text nobody can search or copy. Turning that off is not enough on its
 * own: OpenPDF's Graphics2D starts from the JVM's default AWT font (Dialog), which Jasper's font
 * mapper maps to Helvetica in Identity-H and fails. Here every AWT font a chart uses — its own, or the
 * default — is mapped to {@link Fonts#FAMILY} in its size and weight, through Jasper's font extension,
 * so chart text is set in the same font as the rest of the page.
 */
public final class ReportPdfProducerFactory implements PdfProducerFactory {

    @Override
    public PdfProducer createProducer(PdfProducerContext context) {
        return new Producer(context);
    }

    private static final class Producer extends ClassicPdfProducer {

        private final ReportFonts fonts;

        Producer(PdfProducerContext context) {
            super(context);
            this.fonts = ReportFonts.of(context.getJasperReportsContext());
        }

        @Override
        public com.lowagie.text.Font getFont(Map<Attribute, Object> attributes, java.util.Locale locale) {
            return fonts.referenced(super.getFont(attributes, locale));
        }

        @Override
        public PdfImage drawImage(JRPrintImage image, Graphics2DRenderable renderer, boolean forceSvgShapes, double renderWidth,
                double renderHeight) throws JRException, IOException {
            if (forceSvgShapes) {
                return super.drawImage(image, renderer, true, renderWidth, renderHeight);
            }
            PdfTemplate template = getPdfContentByte().createTemplate((float) renderWidth, (float) renderHeight);
            Graphics2D g = template.createGraphics((float) renderWidth, (float) renderHeight, new ReportFontMapper());
            try {
                if (image.getMode() == ModeEnum.OPAQUE) {
                    g.setColor(image.getBackcolor());
                    g.fillRect(0, 0, (int) renderWidth, (int) renderHeight);
                }
                renderer.render(getContext().getJasperReportsContext(), g, new Rectangle2D.Double(0, 0, renderWidth, renderHeight));
            } finally {
                g.dispose();
            }
            return new ClassicImage(new ImgTemplate(template));
        }

        /** Any AWT font, in the report family at the same size and weight. */
        private final class ReportFontMapper implements FontMapper {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                Map<Attribute, Object> attributes = new HashMap<>(font.getAttributes());
                attributes.put(TextAttribute.FAMILY, Fonts.FAMILY);
                attributes.remove(TextAttribute.FONT);
                return getFont(attributes, null).getBaseFont();
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont font, int size) {
                return null;
            }
        }
    }
}
