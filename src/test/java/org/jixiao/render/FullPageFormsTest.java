package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * A form whose indicator table ends at the very foot of a page is followed by the next form, not by
 * an empty page (it was: the band under the table kept room the page no longer had). Every length
 * of table from under one page to over two is tried.
 */
class FullPageFormsTest {

    private static final LocalDate RUN = LocalDate.of(2026, 11, 21);

    @Test
    void noPageOfATargetsFormIsEmpty() throws Exception {
        List<String> empty = new ArrayList<>();
        for (int n = 20; n <= 80; n++) {
            Rendered pdf = TestReports.alone(TestReports.get().targetForms(List.of(Samples.target("满页项目", n, "短目标。", null)), "测试", RUN));
            empty.addAll(emptyPages(pdf, n));
        }
        assertThat(empty).isEmpty();
    }

    @Test
    void noPageOfASelfEvaluationFormIsEmpty() throws Exception {
        List<String> empty = new ArrayList<>();
        for (int n = 10; n <= 70; n++) {
            Rendered pdf = TestReports.alone(TestReports.get().selfEvaluationForms(
                    List.of(Samples.selfForm(Samples.self("满页项目", n, "预期目标。", "实际完成。"), List.of())), "测试", RUN));
            empty.addAll(emptyPages(pdf, n));
        }
        assertThat(empty).isEmpty();
    }

    private static List<String> emptyPages(Rendered pdf, int indicators) throws Exception {
        List<String> empty = new ArrayList<>();
        try (PDDocument doc = Pdfs.open(pdf.pdf())) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                String text = Pdfs.squeezed(Pdfs.text(doc, p, p)).replaceAll("第\\d+页共\\d+页", "");
                if (text.isBlank()) {
                    empty.add(indicators + " indicators: page " + p + " of " + doc.getNumberOfPages());
                }
            }
        }
        return empty;
    }
}
