package org.jixiao.render;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BadPdfFormatException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PRIndirectReference;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.ReferencedCidFont;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * OpenPDF's page copier with the report font shared: each part's font dictionary is replaced, as the
 * part's pages are copied, by the publication's one font of that face ({@link SharedFonts}), written
 * when the document is closed, after the last part; the page numbers the binder prints in the same
 * face join it.
 */
final class BindingCopy extends PdfCopy implements ReferencedCidFont.Sink {

    private final SharedFonts fonts;
    /** The fonts of the part being copied already replaced, by object number. */
    private final Map<Integer, PdfIndirectReference> replaced = new HashMap<>();
    private PdfReader part;

    BindingCopy(Document document, OutputStream out, ReportFonts fonts, boolean archive) throws DocumentException {
        super(document, out);
        this.fonts = new SharedFonts(this, fonts, archive);
    }

    @Override
    protected PdfIndirectReference copyIndirect(PRIndirectReference in) throws IOException, BadPdfFormatException {
        if (in.getReader() != part) {
            part = in.getReader();
            replaced.clear();
        }
        PdfIndirectReference shared = replaced.get(in.getNumber());
        if (shared != null) {
            return shared;
        }
        PdfObject object = PdfReader.getPdfObject(in);
        if (object instanceof PdfDictionary d && PdfName.FONT.equals(d.getAsName(PdfName.TYPE))) {
            shared = fonts.share(d);
            if (shared != null) {
                replaced.put(in.getNumber(), shared);
                return shared;
            }
        }
        return super.copyIndirect(in);
    }

    /** The page numbers, set in the report font: their glyphs join the parts'. */
    @Override
    public void glyphs(BaseFont font, PdfIndirectReference ref, SortedMap<Integer, String> text) {
        fonts.glyphs(font.getPostscriptFontName(), ref, text);
    }

    /** After the fonts of the binder's own text (the page numbers) are known, the shared fonts are written. */
    @Override
    protected void addSharedObjectsToBody() throws IOException {
        super.addSharedObjectsToBody();
        fonts.write();
    }
}
