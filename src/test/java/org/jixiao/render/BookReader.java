package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A published book read back with PDFBox as a reader and a printer see it: the text of every page, the
 * bookmarks, the page labels, and the table of contents as printed. Checks that every bookmark and every
 * line of the contents points at the page where its section really starts.
 */
final class BookReader {

    private static final Pattern CONTENTS_LINE = Pattern.compile("^(.*\\S)\\s+(\\d+)$");

    final int pages;
    final List<String> text = new ArrayList<>();
    final List<Pdfs.Outline> outline;
    final List<String> labels;
    /** The contents as printed: title and page number, line by line. */
    final List<String[]> contents = new ArrayList<>();

    BookReader(Path pdf) throws IOException {
        try (PDDocument doc = Pdfs.open(pdf)) {
            pages = doc.getNumberOfPages();
            text.add("");
            for (int p = 1; p <= pages; p++) {
                // ideographic spaces too: the contents is headed 目　　录
                text.add(Pdfs.squeezed(Pdfs.text(doc, p, p)).replace("\u3000", ""));
            }
            outline = Pdfs.outline(doc);
            labels = Pdfs.pageLabels(doc);
            Pdfs.assertFontsEmbedded(doc);
            int first = page("目录");
            int last = outline.stream().filter(o -> o.level() == 1 && o.page() > first).mapToInt(Pdfs.Outline::page).min()
                    .orElseThrow() - 1;
            for (String line : Pdfs.normalisedLines(pagesOf(doc, first, last))) {
                Matcher m = CONTENTS_LINE.matcher(line);
                if (m.matches()) {
                    contents.add(new String[] {Pdfs.squeezed(m.group(1)), m.group(2)});
                }
            }
        }
    }

    private static String pagesOf(PDDocument doc, int from, int to) throws IOException {
        org.apache.pdfbox.text.PDFTextStripper s = new org.apache.pdfbox.text.PDFTextStripper();
        s.setSortByPosition(true);
        s.setStartPage(from);
        s.setEndPage(to);
        return s.getText(doc);
    }

    /** The page the first bookmark of this title opens. */
    int page(String title) {
        return outline.stream().filter(o -> o.title().equals(title)).findFirst().orElseThrow().page();
    }

    List<Pdfs.Outline> at(int level) {
        return outline.stream().filter(o -> o.level() == level).toList();
    }

    /** Every page but the cover and blank backs says 第 X 页 共 N 页, X running on; the labels are the same numbers. */
    void assertNumberedThrough() {
        for (int p = 1; p <= pages; p++) {
            assertThat(labels.get(p - 1)).isEqualTo(Integer.toString(p));
            String t = text.get(p).replace(PageMarks.DRAFT, "");
            if (p == 1 || t.isEmpty()) {
                assertThat(t).as("page %d: cover or blank back, no number", p).doesNotContain("第" + p + "页");
            } else {
                assertThat(t).as("page %d", p).contains("第" + p + "页共" + pages + "页");
            }
        }
    }

    /**
     * Bookmarks: 目录; 汇总表 → the summaries; each 地区 → its departments → 汇总表 / 申报表 / 自评表 → projects.
     * Each opens the page where its section starts, and a section that holds others opens where its first starts.
     */
    void assertBookmarksOpenTheirSections(int year) {
        assertThat(text.get(page("目录"))).startsWith("目录");
        for (int i = 0; i < outline.size(); i++) {
            Pdfs.Outline o = outline.get(i);
            Pdfs.Outline next = i + 1 < outline.size() ? outline.get(i + 1) : null;
            boolean hasKids = next != null && next.level() > o.level();
            String page = text.get(o.page());
            if (hasKids) {
                assertThat(o.page()).as("%s opens where its first entry does", o.title()).isEqualTo(next.page());
            }
            if (o.level() == 4) {
                assertThat(page).as("project %s", o.title()).startsWith("财政项目支出绩效").contains("项目名称" + Pdfs.squeezed(o.title()));
                assertThat(text.get(o.page() - 1)).as("page before %s", o.title()).doesNotContain("项目名称" + Pdfs.squeezed(o.title()));
            } else if (o.level() == 2 && hasKids) {
                assertThat(page).as("department %s", o.title()).startsWith(Pdfs.squeezed(o.title()) + year + "年度项目绩效汇总表");
            } else if (o.level() == 2) {
                String region = o.title().replace("汇总表", "");
                assertThat(page).as(o.title()).startsWith(region.equals("全部地区") ? year + "年度项目绩效汇总表（全部地区）"
                        : region + year + "年度项目绩效汇总表");
            } else if (o.level() == 3) {
                assertThat(page).as(o.title()).startsWith(o.title().equals("汇总表") ? "" : "财政项目支出" + o.title());
            }
        }
    }

    /** The contents lists every bookmark but its own, in order, with the printed label of the page it opens. */
    void assertContentsMatchBookmarks() {
        List<String> expected = new ArrayList<>();
        for (Pdfs.Outline o : outline) {
            if (!o.title().equals("目录")) {
                expected.add(Pdfs.squeezed(o.title()) + " " + labels.get(o.page() - 1));
            }
        }
        assertThat(contents.stream().map(c -> c[0] + " " + c[1]).toList()).containsExactlyElementsOf(expected);
    }
}
