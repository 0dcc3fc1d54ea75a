package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jixiao.cli.Cli;
import org.jixiao.generate.Generator;
import org.jixiao.generate.Mix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18's size bars, guarded on the city of {@code bench --scale=S} (100 projects, as generated for
 * the benchmark) in one night; sizes only, no times.
 *
 * <p>The bars are stated at L: a book at most 6 KB a page, a one-page 汇总表 at most 40 KB. A book's
 * font programs (one subset per face, shared by all its parts) are spread over many more pages at L
 * than at S, so a short book is judged by what its pages cost besides them: at most 5 KB a page (at L
 * the 2024 地区 books, 230–410 pages, carry ~0.5 KB of fonts a page, and their other bytes a page are
 * some 7% above S's). The whole-year books are long enough to be judged whole.
 */
class PublicationSizeTest {

    static final long KB = 1024;
    /** What a book's page may cost besides the book's fonts, at any length. */
    static final long PAGE_BESIDES_FONTS = 5 * KB;

    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void aNightOnTheSmallBenchmarkCity() throws IOException {
        Path input = dir.resolve("input");
        new Generator().generate(100, 7, Mix.ALL, Generator.Years.ONE, input);
        out = dir.resolve("out");
        // 2: published, with the generator's planted errors rejected
        assertThat(Cli.run(new String[] {"--input=" + input, "--output=" + out, "--run-date=2026-01-15"})).isEqualTo(2);
    }

    @Test
    void everyBookCostsAtMostFiveKilobytesAPageBesidesItsFontsAndAWholeYearBookAtMostSixInAll() throws IOException {
        List<Path> books = pdfs(out, "汇编-");
        assertThat(books).hasSizeGreaterThan(10);
        for (Path book : books) {
            Size size = Size.of(book);
            assertThat(size.besidesFonts() / size.pages()).as("%s: bytes a page besides its fonts", book).isLessThanOrEqualTo(PAGE_BESIDES_FONTS);
            if (book.getFileName().toString().matches("汇编-\\d{4}\\.pdf")) {
                assertThat(size.bytes() / size.pages()).as("%s: bytes a page", book).isLessThanOrEqualTo(6 * KB);
            }
        }
    }

    @Test
    void aOnePageSummaryIsAtMostFortyKilobytesAndALongerOneAtMostFortyAPage() throws IOException {
        List<Path> summaries = pdfs(out, "汇总表");
        assertThat(summaries).hasSizeGreaterThan(30);
        int onePage = 0;
        for (Path summary : summaries) {
            Size size = Size.of(summary);
            onePage += size.pages() == 1 ? 1 : 0;
            assertThat(size.bytes() / size.pages()).as("%s: bytes a page", summary).isLessThanOrEqualTo(40 * KB);
        }
        assertThat(onePage).as("one-page 汇总表").isPositive();
    }

    /** The published PDFs under {@code output} whose name starts with {@code prefix}, .jixiao/ left out. */
    static List<Path> pdfs(Path output, String prefix) throws IOException {
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(p -> !output.relativize(p).startsWith(".jixiao"))
                    .filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    /** A PDF's bytes, pages, and the bytes of its fonts' programs, CIDToGIDMaps and ToUnicode maps. */
    record Size(long bytes, int pages, long fonts) {

        long besidesFonts() {
            return bytes - fonts;
        }

        static Size of(Path pdf) throws IOException {
            try (PDDocument doc = Pdfs.open(pdf)) {
                Set<COSStream> counted = new HashSet<>();
                long fonts = 0;
                var cos = doc.getDocument();
                for (COSObjectKey key : new TreeMap<>(cos.getXrefTable()).keySet()) {
                    COSBase o = cos.getObjectFromPool(key).getObject();
                    if (o instanceof COSDictionary d) {
                        for (COSName name : List.of(COSName.FONT_FILE2, COSName.CID_TO_GID_MAP, COSName.TO_UNICODE)) {
                            if (d.getDictionaryObject(name) instanceof COSStream s && counted.add(s)) {
                                fonts += s.getLength();
                            }
                        }
                    }
                }
                return new Size(Files.size(pdf), doc.getNumberOfPages(), fonts);
            }
        }
    }
}
