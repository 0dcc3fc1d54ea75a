package org.jixiao.render;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds a summary book: cover, contents, the 报送情况表, the 汇总表, then each 地区's departments. Page numbers run
 * through the whole book (the cover is page 1, unnumbered); the contents and the bookmarks give the
 * page every 地区, department, form and project starts on. The contents is filled twice: once, not
 * exported, to learn how many pages it takes, then with the numbers, which do not change its length — or
 * taken, both, from the contents the book was last bound with when its lines are the same ({@link ContentsCache}).
 * The parts are read twice, their outlines first and their pages when bound, and never all at once.
 */
public final class Books {

    private static final String CONTENTS = "目录";
    private static final String SUMMARIES = "汇总表";
    /** The cover and the contents come before the chapters. */
    private static final int FIRST_CHAPTER = 2;

    private final Reports reports;

    public Books(Reports reports) {
        this.reports = reports;
    }

    /** The binder the books are bound with. */
    public Binder binder() {
        return reports.binder();
    }

    /** Writes the book to {@code file}; returns its page count. */
    public int write(Path file, BookContent book, Printing printing, LocalDate runDate) throws IOException {
        Map<Path, PartOutline> read = new ConcurrentHashMap<>();
        return write(file, book, printing, false, runDate, pdf -> {
            PartOutline known = read.get(pdf);
            if (known == null) {
                known = PartOutline.of(pdf);
                read.put(pdf, known);
            }
            return known;
        }, ContentsCache.NONE, PreparedParts.none());
    }

    /**
     * Writes the book, or its archive edition (PDF/A-1b), to {@code file}; returns its page count.
     * {@code outlines}: where the parts' outlines come from, shared by the books one step binds (a part is in its
     * 地区's book and in the year's, and a part not rendered again has the outline it had): each part's PDF is read
     * for its outline at most once. The parts must not change meanwhile.
     * {@code cache}: contents filled before, taken when this book's lines and page numbers are theirs.
     */
    public int write(Path file, BookContent book, Printing printing, boolean archive, LocalDate runDate,
            PartOutline.Source outlines, ContentsCache cache, PreparedParts prepared) throws IOException {
        List<Chapter> chapters = chapters(book, outlines);
        BookContent.Cover c = book.cover();
        Piece cover = Piece.of("封面", reports.bookCover(c.title(), c.region(), c.regions(), c.scope(), runDate, printing.draft()))
                .unnumbered().startingRecto();
        // the contents' length, measured with the page numbers left blank
        int[] guess = Binder.layout(pieces(cover, 1, chapters), printing).starts();
        List<Bookmark.Line> unnumbered = Bookmark.lines(outline(book, chapters, guess));
        String pagesKey = key(cache, unnumbered, null);
        // the length measured before with these lines; else the length the book's contents had last time, which the
        // fill with page numbers below confirms (a line's height does not depend on its number: the numbered fill
        // has the unnumbered one's length) or refutes, and is filled again at the length it turned out to have
        OptionalInt known = cache.pages(pagesKey);
        int length = known.isPresent() ? known.getAsInt() : cache.lastPages().orElseGet(() -> reports.bookContentsPages(unnumbered));
        for (int attempt = 0; attempt < 3; attempt++) {
            List<Piece> pieces = pieces(cover, length, chapters);
            Layout layout = Binder.layout(pieces, printing);
            List<Bookmark> outline = outline(book, chapters, layout.starts());
            List<Bookmark.Line> lines = Bookmark.lines(outline);
            String contentsKey = key(cache, lines, runDate);
            Rendered contents = cache.contents(contentsKey).orElseGet(() -> reports.bookContents(lines, true, runDate));
            if (contents.pages() == length) {
                cache.keep(pagesKey, contentsKey, contents);
                pieces.set(1, pieces.get(1).withSource(contents::pdf));
                List<Bookmark> bookmarks = new ArrayList<>();
                bookmarks.add(Bookmark.leaf(CONTENTS, layout.starts()[1]));
                bookmarks.addAll(outline);
                reports.binder().write(file, pieces, bookmarks, printing, describe(c), archive, runDate, prepared);
                return layout.pages();
            }
            length = contents.pages();
        }
        throw new IllegalStateException("目录的页数随页码变化（模板中的行高不应取决于页码）：" + c.title());
    }

    /**
     * What a contents is filled from: its lines (level and title; with {@code runDate}, the filled edition, their
     * page numbers and the run date its PDF carries too).
     */
    private static String key(ContentsCache cache, List<Bookmark.Line> lines, LocalDate runDate) {
        org.jixiao.filing.Sha256 sha = new org.jixiao.filing.Sha256().add(cache.salt()).add(runDate == null ? "pages" : "contents")
                .add(runDate);
        for (Bookmark.Line l : lines) {
            sha.add(l.level()).add(l.entry().title());
            if (runDate != null) {
                sha.add(l.entry().page());
            }
        }
        return sha.hex();
    }

    /** The book's title; its 年度, 地区 and what it holds as its subject and keywords. */
    private static Description describe(BookContent.Cover c) {
        String year = c.title().replaceAll("^(\\d{4}).*", "$1");
        String regions = c.regions() == null ? c.region() : c.regions().replace("\n", "");
        return new Description(c.title(), null, year + "年度；" + c.region() + "；" + c.scope(),
                year + "年度；" + regions + "；项目支出绩效；汇编");
    }

    /** A part to bind: its place in the book, its pages and own bookmarks, and whether it opens a section. */
    private record Chapter(BookContent.Chapter part, PartOutline outline, boolean recto, String digest) {
    }

    private static List<Chapter> chapters(BookContent book, PartOutline.Source outlines) throws IOException {
        List<Chapter> out = new ArrayList<>();
        for (BookContent.Chapter c : book.status()) {
            out.add(new Chapter(c, outlines.of(c.pdf()), true, outlines.digest(c.pdf())));
        }
        for (BookContent.Chapter c : book.front()) {
            out.add(new Chapter(c, outlines.of(c.pdf()), true, outlines.digest(c.pdf())));
        }
        for (BookContent.Region r : book.regions()) {
            for (BookContent.Unit u : r.departments()) {
                boolean first = true;
                for (BookContent.Chapter c : u.parts()) {
                    out.add(new Chapter(c, outlines.of(c.pdf()), first, outlines.digest(c.pdf())));
                    first = false;
                }
            }
        }
        return out;
    }

    /** Cover, contents ({@code contentsPages} long, filled in later), then the chapters, read from disk when bound. */
    private static List<Piece> pieces(Piece cover, int contentsPages, List<Chapter> chapters) {
        List<Piece> pieces = new ArrayList<>();
        pieces.add(cover);
        pieces.add(new Piece(CONTENTS, () -> {
            throw new IllegalStateException("目录尚未填写页码");
        }, contentsPages, true, true));
        for (Chapter c : chapters) {
            Path pdf = c.part().pdf();
            Piece p = new Piece(c.part().title(), new PreparedParts.PartFile(pdf, c.digest()), c.outline().pages(), false, true);
            pieces.add(c.recto() ? p.startingRecto() : p);
        }
        return pieces;
    }

    /**
     * 报送情况表 (a leaf each); 汇总表 → each summary; each 地区 → its departments → their forms → the forms' projects. A 地区 and a
     * department open where their first part starts. {@code starts} are the pieces' first pages: the
     * cover, the contents, then the chapters in order.
     */
    private static List<Bookmark> outline(BookContent book, List<Chapter> chapters, int[] starts) {
        List<Bookmark> outline = new ArrayList<>();
        int i = 0;
        for (BookContent.Chapter c : book.status()) {
            outline.add(Bookmark.leaf(c.title(), starts[FIRST_CHAPTER + i++]));
        }
        List<Bookmark> front = new ArrayList<>();
        for (BookContent.Chapter c : book.front()) {
            front.add(Bookmark.leaf(c.title(), starts[FIRST_CHAPTER + i++]));
        }
        if (!front.isEmpty()) {
            outline.add(new Bookmark(SUMMARIES, front.get(0).page(), front));
        }
        for (BookContent.Region r : book.regions()) {
            List<Bookmark> departments = new ArrayList<>();
            for (BookContent.Unit u : r.departments()) {
                List<Bookmark> parts = new ArrayList<>();
                for (BookContent.Chapter c : u.parts()) {
                    int start = starts[FIRST_CHAPTER + i];
                    parts.add(new Bookmark(c.title(), start, chapters.get(i++).outline().at(start)));
                }
                if (!parts.isEmpty()) {
                    departments.add(new Bookmark(u.name(), parts.get(0).page(), parts));
                }
            }
            if (!departments.isEmpty()) {
                outline.add(new Bookmark(r.name(), departments.get(0).page(), departments));
            }
        }
        return outline;
    }
}
