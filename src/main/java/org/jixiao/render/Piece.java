package org.jixiao.render;

import java.io.IOException;

/**
 * A run of pages bound into a publication: a rendered part, read only when the binder reaches it, so
 * a book never holds more than one part in memory. {@code recto}: in a book printed on both sides it
 * starts on a right-hand page. {@code numbered}: its pages carry the page number (a cover does not).
 */
public record Piece(String name, Source source, int pages, boolean recto, boolean numbered) {

    /** The piece's PDF bytes. */
    @FunctionalInterface
    public interface Source {
        byte[] read() throws IOException;
    }

    /** A numbered piece that follows on from the one before. */
    public static Piece of(String name, Rendered part) {
        return new Piece(name, part::pdf, part.pages(), false, true);
    }

    public Piece startingRecto() {
        return new Piece(name, source, pages, true, numbered);
    }

    public Piece unnumbered() {
        return new Piece(name, source, pages, recto, false);
    }

    /** The same place in the publication with other content of the same length (a contents filled again). */
    public Piece withSource(Source other) {
        return new Piece(name, other, pages, recto, numbered);
    }
}
