package org.jixiao.render;

import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;

/**
 * A part read for binding. OpenPDF's reader ends by walking every object from the trailer to drop those
 * nothing refers to — a tenth of reading a part, done for each of the thousands of parts a book binds
 * twice a night. The binder copies a page by following its references, so an object nothing refers to
 * is never copied whether it was dropped or not; and a part is jixiao's own export, which has none.
 */
final class PartReader extends PdfReader {

    PartReader(byte[] pdf) throws IOException {
        super(pdf);
    }

    /** Keeps every object: the copy takes only what the pages refer to. */
    @Override
    public int removeUnusedObjects() {
        return 0;
    }
}
