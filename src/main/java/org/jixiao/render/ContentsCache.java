package org.jixiao.render;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A book's table of contents as an earlier night filled it. The contents is a Jasper fill of a line for every
 * 地区, department, form and project of the book (some 5,000 in a city's year), done twice: once to learn its
 * length, once with the page numbers. A book bound again because a department's figures changed mostly has the
 * same lines and the same page numbers, and takes the contents from here. Keys are digests of everything the
 * contents is filled from; the cache only spares the fill, it never decides what the book holds.
 */
public interface ContentsCache {

    /** No cache: every contents is filled. */
    ContentsCache NONE = new ContentsCache() {
        @Override
        public String salt() {
            return "";
        }

        @Override
        public OptionalInt pages(String key) {
            return OptionalInt.empty();
        }

        @Override
        public Optional<Rendered> contents(String key) {
            return Optional.empty();
        }

        @Override
        public void keep(String pagesKey, String contentsKey, Rendered contents) {
        }
    };

    /** What every key is salted with: jixiao's version and the contents' template, so that a change to either fills it again. */
    String salt();

    /** The length of a contents with these lines, numbers left out. */
    OptionalInt pages(String key);

    /** The contents filled with these lines and page numbers. */
    Optional<Rendered> contents(String key);

    /**
     * The length of the contents this book was last bound with, whatever its lines: a good guess for tonight's,
     * which one fill with the page numbers confirms or refutes.
     */
    default OptionalInt lastPages() {
        return OptionalInt.empty();
    }

    /** Keeps a contents just filled, under both keys. */
    void keep(String pagesKey, String contentsKey, Rendered contents) throws IOException;
}
