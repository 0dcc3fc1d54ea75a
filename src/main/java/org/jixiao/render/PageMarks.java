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
    /** The grey the faint watermark shows over white paper: 20% of #808080. */
    private static final Color OPAQUE_COLOUR = new Color(0xE6, 0xE6, 0xE6);

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
        draw(over, page, true);
    }

    /**
     * The same, for an archive edition: PDF/A-1 allows no transparency, so it is printed under the
     * page's content in a light, opaque grey.
     */
    void opaqueWatermark(PdfContentByte under, Rectangle page) {
        draw(under, page, false);
    }

    private void draw(PdfContentByte content, Rectangle page, boolean faint) {
        float w = page.getWidth();
        float h = page.getHeight();
        double angle = Math.atan2(h, w);
        float size = (float) (Math.hypot(w, h) * 0.55 / DRAFT.length());
        // showTextAligned rotates about the baseline: move it down, across the slope, by a third of the size
        float cx = page.getLeft() + w / 2 + (float) (Math.sin(angle) * size * 0.35);
        float cy = page.getBottom() + h / 2 - (float) (Math.cos(angle) * size * 0.35);
        content.saveState();
        if (faint) {
            PdfGState state = new PdfGState();
            state.setFillOpacity(WATERMARK_OPACITY);
            content.setGState(state);
        }
        content.beginText();
        content.setFontAndSize(font, size);
        content.setColorFill(faint ? WATERMARK_COLOUR : OPAQUE_COLOUR);
        content.showTextAligned(PdfContentByte.ALIGN_CENTER, DRAFT, cx, cy, (float) Math.toDegrees(angle));
        content.endText();
        content.restoreState();
    }
}
