package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading rendered PDFs back with PDFBox: text, pages, fonts. */
final class Pdfs {

    private Pdfs() {
    }

    static PDDocument open(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }

    static PDDocument open(Path pdf) throws IOException {
        return Loader.loadPDF(pdf.toFile());
    }

    /** The text in content-stream order: each text element whole, in the order Jasper drew it. */
    static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    static String text(PDDocument doc, int from, int to) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(from);
        s.setEndPage(to);
        return s.getText(doc);
    }

    /**
     * Every character drawn on a page, even one drawn on top of the same character (PDFBox drops those
     * by default, as fake bold): a watermark's 意 may fall on a form's.
     */
    static String everyCharacter(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setSuppressDuplicateOverlappingText(false);
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    /** The text in reading order (top to bottom, left to right), as the golden files keep it. */
    static String layoutText(PDDocument doc) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setSortByPosition(true);
        return s.getText(doc);
    }

    /** Without any whitespace: wrapped lines join up again, so a value can be searched for whole. */
    static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Golden-file normal form: lines trimmed, inner whitespace runs collapsed to one space, blank lines dropped. */
    static List<String> normalisedLines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String l = line.strip().replaceAll("\\s+", " ");
            if (!l.isEmpty()) {
                out.add(l);
            }
        }
        return out;
    }

    /** Every font on every page is embedded (a subset, with its six-letter tag) and maps back to Unicode. */
    static void assertFontsEmbedded(PDDocument doc) throws IOException {
        int fonts = 0;
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                fonts++;
                assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                assertThat(font.getName()).as("font %s is a subset", font.getName()).matches("[A-Z]{6}\\+.+");
            }
        }
        assertThat(fonts).as("fonts used").isPositive();
    }

    /** Every outline entry, depth first: title → the page (1-based) it opens. Titles are unique in the tests that use this. */
    static java.util.Map<String, Integer> outlinePages(PDDocument doc) throws IOException {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (Outline o : outline(doc)) {
            out.put(o.title(), o.page());
        }
        return out;
    }

    /** An outline entry: its depth (1 = top), title and the page (1-based) it opens. */
    record Outline(int level, String title, int page) {
    }

    static List<Outline> outline(PDDocument doc) throws IOException {
        List<Outline> out = new ArrayList<>();
        var root = doc.getDocumentCatalog().getDocumentOutline();
        if (root != null) {
            outline(doc, root.children(), 1, out);
        }
        return out;
    }

    private static void outline(PDDocument doc, Iterable<org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem> items,
            int level, List<Outline> out) throws IOException {
        for (var item : items) {
            PDPage page = item.findDestinationPage(doc);
            out.add(new Outline(level, item.getTitle(), page == null ? -1 : doc.getPages().indexOf(page) + 1));
            outline(doc, item.children(), level + 1, out);
        }
    }

    /** The page labels, one per page, as a viewer shows them. */
    static List<String> pageLabels(PDDocument doc) throws IOException {
        var labels = doc.getDocumentCatalog().getPageLabels();
        assertThat(labels).as("page labels").isNotNull();
        return List.of(labels.getLabelsByPageIndices());
    }

    /** The footer of the last page says 第 N 页 共 N 页 with N the page count. */
    static void assertLastPageNumbered(PDDocument doc) throws IOException {
        int n = doc.getNumberOfPages();
        assertThat(squeezed(text(doc, n, n))).contains("第" + n + "页共" + n + "页");
    }
}
