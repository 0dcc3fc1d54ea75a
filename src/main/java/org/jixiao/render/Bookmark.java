package org.jixiao.render;

import java.util.ArrayList;
import java.util.List;

/**
 * An entry of a publication's outline (its PDF bookmarks) and, in a book, a line of its table of
 * contents: a title and the page it opens (1-based), with the entries below it.
 */
public record Bookmark(String title, int page, List<Bookmark> kids) {

    public Bookmark {
        kids = List.copyOf(kids);
    }

    public static Bookmark leaf(String title, int page) {
        return new Bookmark(title, page, List.of());
    }

    /** A line of a table of contents: the entry's depth (1 = top) and the entry. */
    public record Line(int level, Bookmark entry) {
    }

    /** Every entry of {@code outline}, depth first, in reading order. */
    public static List<Line> lines(List<Bookmark> outline) {
        List<Line> lines = new ArrayList<>();
        add(lines, outline, 1);
        return lines;
    }

    private static void add(List<Line> lines, List<Bookmark> entries, int level) {
        for (Bookmark b : entries) {
            lines.add(new Line(level, b));
            add(lines, b.kids(), level + 1);
        }
    }
}
