package org.jixiao.render;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import java.awt.Color;

/**
 * What the binder prints over a page: the page number (第 X 页 共 Y 页, where the templates leave
 * room for it at the foot of every page) and, in a draft, 征求意见稿 across the page. Set in the
 * normal face of the report font, whose glyphs join the publication's one subset of it
 * ({@link SharedFonts}).
 */
final class PageMarks {

    static final String DRAFT = "征求意见稿";
    /** Baseline of the page number above the bottom edge: inside the footer room of every template. */
    private static final float FOLIO_BASELINE = 27f;
    private static final float FOLIO_SIZE = 8f;
    /** The watermark is light enough to read the form through and dark enough to survive a photocopy. */
    private static final float WATERMARK_OPACITY = 0.2f;
    private static final Color WATERMARK_COLOUR = new Color(0x80, 0x80, 0x80);

    /** Shared by all threads: a font written without its program keeps no state while pages are written. */
    private final BaseFont font;

    PageMarks(BaseFont font) {
        this.font = font;
    }

    static String folioText(int page, int pages) {
        return "第 " + page + " 页 共 " + pages + " 页";
    }

    void folio(PdfContentByte over, Rectangle page, int number, int pages) {
        over.saveState();
        over.beginText();
        over.setFontAndSize(font, FOLIO_SIZE);
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
        over.setFontAndSize(font, size);
        over.setColorFill(WATERMARK_COLOUR);
        over.showTextAligned(PdfContentByte.ALIGN_CENTER, DRAFT, cx, cy, (float) Math.toDegrees(angle));
        over.endText();
        over.restoreState();
    }
}
