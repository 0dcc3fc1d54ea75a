package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jixiao.filing.Project;
import org.jixiao.summary.YearSummary;
import org.junit.jupiter.api.Test;

/** The overall 汇总表 of a city whose 地区 run over pages: every page says which 地区 its rows belong to. */
class OverallSummaryTest {

    private static final LocalDate RUN = LocalDate.of(2026, 11, 21);

    @Test
    void aPageThatOpensInsideADistrictNamesItContinued() throws Exception {
        YearSummary y = new YearSummary(2025);
        // in report order, as the store lists them
        for (String region : new String[] {"嘉定区", "松江区"}) {
            for (int d = 1; d <= 30; d++) {
                Project p = Samples.target("项目", 3, "目标。", null);
                y.addTarget(new Project(p.kind(), p.year(), region, "上海市" + region + "第" + d + "局", p.unit(), p.code(), p.name(),
                        p.nature(), p.category(), p.start(), p.end(), p.funds(), p.evaluation(), p.projectGoal(), p.annualGoal(),
                        p.indicators(), p.source()));
            }
        }
        Rendered pdf = TestReports.alone(TestReports.get().overallSummary(y, RUN));
        try (PDDocument doc = Pdfs.open(pdf.pdf())) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            String first = Pdfs.squeezed(Pdfs.text(doc, 1, 1));
            assertThat(first).contains("占比嘉定区1上海市嘉定区第1局").doesNotContain("（续）");
            // 30 departments do not fit one page: page 2 opens inside 嘉定区
            String second = Pdfs.squeezed(Pdfs.text(doc, 2, 2));
            assertThat(second).contains("定量指标占比嘉定区（续）");
            // each 地区's name is printed with its first department, never alone at a page's foot
            for (int n = 1; n <= doc.getNumberOfPages(); n++) {
                String page = Pdfs.squeezed(Pdfs.text(doc, n, n)).replaceAll("第\\d+页共\\d+页.*$", "");
                assertThat(page).as("page %d", n).doesNotEndWith("松江区").doesNotEndWith("嘉定区");
            }
        }
    }
}
