package org.jixiao.render;

import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.util.function.Predicate;

/**
 * A part read for binding, with two pieces of OpenPDF's reading left out that a binding never uses:
 * <ul>
 * <li>the widths ({@code /W}) of a face of the report font: the binder writes one font of each face for
 * the whole publication ({@link SharedFonts}) and never copies a part's. Four fifths of the numbers in a
 * part are those widths, and reading them was a fifth of binding a book. They are passed over unread and
 * read after all where the dictionary turns out not to be such a font;</li>
 * <li>the closing sweep for objects nothing refers to (a tenth of reading a part): the copy follows a
 * page's references, so an object nothing refers to is never copied, and a part is jixiao's own export,
 * which has none.</li>
 * </ul>
 */
final class PartReader extends PdfReader {

    private final Predicate<String> sharedFace;

    /** {@code sharedFace}: whether a font of that PDF name is shared, its part's font dictionary replaced. */
    PartReader(byte[] pdf, Predicate<String> sharedFace) throws IOException {
        // PdfReader(byte[]) reads in its constructor, before a field of a subclass is set: the same, after
        this.sharedFace = sharedFace;
        tokens = new PRTokeniser(pdf);
        readPdf();
    }

    /** Keeps every object: the copy takes only what the pages refer to. */
    @Override
    public int removeUnusedObjects() {
        return 0;
    }

    /** OpenPDF's dictionary, less the widths of a shared face's CIDFont. */
    @Override
    protected PdfDictionary readDictionary() throws IOException {
        PdfDictionary dictionary = new PdfDictionary();
        int widths = -1;
        while (true) {
            tokens.nextValidToken();
            if (tokens.getTokenType() == PRTokeniser.TK_END_DIC) {
                break;
            }
            if (tokens.getTokenType() != PRTokeniser.TK_NAME) {
                tokens.throwError("Dictionary key is not a name.");
            }
            PdfName key = new PdfName(tokens.getStringValue(), false);
            if (PdfName.W.equals(key) && widths < 0) {
                int at = tokens.getFilePointer();
                if (skipNumbers()) {
                    widths = at;
                    continue;
                }
                tokens.seek(at);
            }
            PdfObject value = readPRObject();
            if (-value.type() == PRTokeniser.TK_END_DIC) {
                tokens.throwError("'>>' not expected");
            }
            if (-value.type() == PRTokeniser.TK_END_ARRAY) {
                tokens.throwError("']' not expected");
            }
            dictionary.put(key, value);
        }
        if (widths >= 0 && !dictionary.contains(PdfName.W) && !isSharedCidFont(dictionary)) {
            int end = tokens.getFilePointer();
            tokens.seek(widths);
            dictionary.put(PdfName.W, readPRObject());
            tokens.seek(end);
        }
        return dictionary;
    }

    private boolean isSharedCidFont(PdfDictionary d) {
        PdfName base = d.getAsName(PdfName.BASEFONT);
        return PdfName.FONT.equals(d.getAsName(PdfName.TYPE)) && PdfName.CIDFONTTYPE2.equals(d.getAsName(PdfName.SUBTYPE))
                && base != null && sharedFace.test(PdfName.decodeName(base.toString()));
    }

    /**
     * Moves past an array of numbers and arrays of numbers (as widths are written) and says so; false, the
     * position somewhere in it, at anything else.
     */
    private boolean skipNumbers() throws IOException {
        int c = tokens.read();
        while (PRTokeniser.isWhitespace(c)) {
            c = tokens.read();
        }
        if (c != '[') {
            return false;
        }
        int depth = 1;
        while (depth > 0) {
            c = tokens.read();
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || PRTokeniser.isWhitespace(c))) {
                return false;
            }
        }
        return true;
    }
}
