package org.jixiao.render;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import java.awt.Color;
import java.io.IOException;
import net.sf.jasperreports.engine.JasperReportsContext;

/**
 * What the binder prints over a page: the page number (第 X 页 共 Y 页, where the templates leave
 * room for it at the foot of every page) and, in a draft, 征求意见稿 across the page. Set in the same
 * shipped font as the reports, embedded as a subset.
 *
 * <p>The font is cut down to the marks' glyphs ({@link MarksFont}), so embedding it costs nothing.
 */
final class PageMarks {

    static final String DRAFT = "征求意见稿";
    /** Every character a mark prints. */
    static final String GLYPHS = "第页共 0123456789" + DRAFT;
    /** Baseline of the page number above the bottom edge: inside the footer room of every template. */
    private static final float FOLIO_BASELINE = 27f;
    private static final float FOLIO_SIZE = 8f;
    /** The watermark is light enough to read the form through and dark enough to survive a photocopy. */
    private static final float WATERMARK_OPACITY = 0.2f;
    private static final Color WATERMARK_COLOUR = new Color(0x80, 0x80, 0x80);

    private final byte[] ttf;
    /**
     * One font object per thread: OpenPDF reads glyphs through the font's own file pointer when it
     * writes a subset, so two threads writing PDFs must not share one.
     */
    private final ThreadLocal<BaseFont> font = ThreadLocal.withInitial(this::load);

    PageMarks(JasperReportsContext context) {
        String path = Fonts.require(context).getNormalFace().getTtf();
        this.ttf = MarksFont.of(path, GLYPHS);
    }

    private BaseFont load() {
        try {
            return BaseFont.createFont(MarksFont.NAME + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
        } catch (IOException | com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("报表字体无法用于页码：" + e.getMessage(), e);
        }
    }

    static String folioText(int page, int pages) {
        return "第 " + page + " 页 共 " + pages + " 页";
    }

    void folio(PdfContentByte over, Rectangle page, int number, int pages) {
        over.saveState();
        over.beginText();
        over.setFontAndSize(font.get(), FOLIO_SIZE);
        over.setColorFill(Color.BLACK);
        over.showTextAligned(PdfContentByte.ALIGN_CENTER, folioText(number, pages),
                page.getLeft() + page.getWidth() / 2, page.getBottom() + FOLIO_BASELINE, 0);
        over.endText();
        over.restoreState();
    }

    /** 征求意见稿 along the page's rising diagonal, centred, as wide as half the diagonal. */
    void watermark(PdfContentByte over, Rectangle page) {
        float w = page.getWidth();
        float h = page.getHeight();
        double angle = Math.atan2(h, w);
        float size = (float) (Math.hypot(w, h) * 0.55 / DRAFT.length());
        // showTextAligned rotates about the baseline: move it down, across the slope, by a third of the size
        float cx = page.getLeft() + w / 2 + (float) (Math.sin(angle) * size * 0.35);
        float cy = page.getBottom() + h / 2 - (float) (Math.cos(angle) * size * 0.35);
        PdfGState faint = new PdfGState();
        faint.setFillOpacity(WATERMARK_OPACITY);
        over.saveState();
        over.setGState(faint);
        over.beginText();
        over.setFontAndSize(font.get(), size);
        over.setColorFill(WATERMARK_COLOUR);
        over.showTextAligned(PdfContentByte.ALIGN_CENTER, DRAFT, cx, cy, (float) Math.toDegrees(angle));
        over.endText();
        over.restoreState();
    }
}
