package org.jixiao.render;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.RandomAccessFileOrArray;
import com.lowagie.text.pdf.SimpleBookmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a binder must know of a rendered part before it lays out a publication: its page count and its
 * own bookmarks (a form's projects, from the templates' anchors), pages counted from the part's first.
 * Read from the part's PDF, so a part needs nothing beside it.
 */
public record PartOutline(int pages, List<Bookmark> entries) {

    /** Where a binder takes a part's outline from: read from its PDF, or known already. */
    @FunctionalInterface
    public interface Source {
        PartOutline of(Path pdf) throws IOException;

        /** The digest recorded for the part tonight, null when there is none. */
        default String digest(Path pdf) {
            return null;
        }
    }

    /** Reads only the page tree and the outline, not the pages' content. */
    public static PartOutline of(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(new RandomAccessFileOrArray(pdf), null);
        try {
            return of(reader);
        } finally {
            reader.close();
        }
    }

    /**
     * Reads only the page tree and the outline of the file, not its pages. The file is read into
     * memory first (a part is small): OpenPDF's reader over a plain file reads it a byte per system
     * call, which made listing the parts of a city's books most of the book step.
     */
    public static PartOutline of(Path pdf) throws IOException {
        return of(Files.readAllBytes(pdf));
    }

    private static PartOutline of(PdfReader reader) {
        List<Map<String, Object>> list = SimpleBookmark.getBookmarkList(reader);
        return new PartOutline(reader.getNumberOfPages(), list == null ? List.of() : entries(list));
    }

    @SuppressWarnings("unchecked")
    private static List<Bookmark> entries(List<Map<String, Object>> list) {
        List<Bookmark> out = new ArrayList<>();
        for (Map<String, Object> m : list) {
            Object page = m.get("Page");
            Object kids = m.get("Kids");
            if (page == null) {
                continue;
            }
            int n = Integer.parseInt(page.toString().trim().split("\\s+")[0]);
            out.add(new Bookmark(String.valueOf(m.get("Title")).strip(), n,
                    kids == null ? List.of() : entries((List<Map<String, Object>>) kids)));
        }
        return out;
    }

    /** The part's entries moved to where the part starts in a publication. */
    public List<Bookmark> at(int start) {
        return shift(entries, start - 1);
    }

    private static List<Bookmark> shift(List<Bookmark> entries, int by) {
        return entries.stream().map(b -> new Bookmark(b.title(), b.page() + by, shift(b.kids(), by))).toList();
    }
}
