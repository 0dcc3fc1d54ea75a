package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Every printed page of a form reads on its own: a page an indicator table continues on repeats the
 * table's header and names the 一级 and 二级 of every row it shows, whichever row a page break falls
 * before, and the 总分 row of a 自评表 never starts a page alone. Tables from half a page to over two pages are tried, so breaks fall in every run.
 */
class PageLabelsTest {

    private static final LocalDate RUN = LocalDate.of(2026, 11, 21);
    private static final Pattern ROW = Pattern.compile("三级指标第(\\d+)项");

    @Test
    void everyPageOfATargetsFormNamesTheRunsOfItsRows() throws Exception {
        List<String> missing = new ArrayList<>();
        int crossed = 0;
        for (int n = 20; n <= 80; n += 4) {
            Rendered pdf = TestReports.get().targetForms(List.of(Samples.target("跨页项目", n, "短目标。", null)), "测试", RUN);
            crossed += check(pdf, n, "一级指标二级指标三级指标年度(/项目)指标值", missing);
        }
        assertThat(missing).isEmpty();
        assertThat(crossed).as("pages a table continues on").isGreaterThan(10);
    }

    @Test
    void everyPageOfASelfEvaluationFormNamesTheRunsOfItsRows() throws Exception {
        List<String> missing = new ArrayList<>();
        int crossed = 0;
        for (int n = 10; n <= 70; n += 4) {
            Rendered pdf = TestReports.get().selfEvaluationForms(
                    List.of(Samples.selfForm(Samples.self("跨页项目", n, "预期目标。", "实际完成。"), List.of())), "测试", RUN);
            crossed += check(pdf, n, "一级指标二级指标三级指标年度指标值实际完成值分值得分", missing);
        }
        assertThat(missing).isEmpty();
        assertThat(crossed).as("pages a table continues on").isGreaterThan(10);
    }

    /** Adds what a page lacks to {@code missing}; returns the pages the table continued on. */
    private static int check(Rendered pdf, int rows, String header, List<String> missing) throws Exception {
        int continued = 0;
        try (PDDocument doc = Pdfs.open(pdf.pdf())) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                String page = Pdfs.squeezed(Pdfs.text(doc, p, p));
                Matcher m = ROW.matcher(page);
                boolean any = false;
                while (m.find()) {
                    any = true;
                    String[] levels = Samples.levels(Integer.parseInt(m.group(1)) - 1, rows);
                    if (!page.contains(levels[1])) {
                        missing.add(rows + " rows, page " + p + ": row " + m.group(1) + " without its 二级 " + levels[1]);
                    }
                    // 效益指标 is also part of 社会效益指标: look for the 一级 where no 二级 is
                    String without = page.replace("社会效益指标", "").replace("经济成本指标", "");
                    if (!without.contains(levels[0])) {
                        missing.add(rows + " rows, page " + p + ": row " + m.group(1) + " without its 一级 " + levels[0]);
                    }
                }
                if (page.contains("总分") && !any) {
                    missing.add(rows + " rows, page " + p + ": the 总分 row alone");
                }
                if (any && !page.startsWith("财政项目支出")) {
                    continued++;
                    if (!page.contains(header)) {
                        missing.add(rows + " rows, page " + p + ": no header row");
                    }
                }
            }
        }
        return continued;
    }
}
