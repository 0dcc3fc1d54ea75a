package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 申报表 filled from projects built in code: nothing cut off, values as filed, one form per page run. */
class TargetFormsTest {

    private static final LocalDate RUN = LocalDate.of(2026, 11, 21);
    private static List<Project> projects;
    private static Rendered pdf;

    @BeforeAll
    static void render() {
        projects = List.of(
                Samples.target("党建工作", 12, "短目标。", null),
                Samples.target("长目标项目", 40, Samples.LONG_GOAL, Samples.LONG_INDICATOR),
                Samples.target("分页目标项目", 5, Samples.text("年度总体目标跨页测试，文字很长很长；", 3000), null));
        pdf = TestReports.alone(TestReports.get().targetForms(projects, "测试", RUN));
    }

    @Test
    void everyNameIndicatorAndValueComesOutWholeAsFiled() throws Exception {
        try (PDDocument doc = Pdfs.open(pdf.pdf())) {
            String text = Pdfs.squeezed(Pdfs.text(doc));
            for (Project p : projects) {
                assertThat(text).contains(p.name());
                for (Indicator i : p.indicators()) {
                    assertThat(text).contains(Pdfs.squeezed(i.level3()), Pdfs.squeezed(i.target().raw()));
                }
            }
            assertThat(text).contains(Samples.LONG_GOAL, Samples.LONG_INDICATOR, "≥95.00(%)", "≤100000.00(元/场)");
        }
    }

    @Test
    void everyLabelOfTheOfficialFormComesOutWhole() throws Exception {
        try (PDDocument doc = Pdfs.open(pdf.pdf())) {
            String text = Pdfs.squeezed(Pdfs.text(doc, 1, 1));
            assertThat(text).contains("财政项目支出绩效目标申报表", "(2025年度)", "项目名称", "项目性质", "项目类别", "主管部门", "实施单位",
                    "计划开始日期", "计划完成日期", "项目资金（元）", "项目资金总额", "其中：财政资金", "其他资金", "年度资金申请总额",
                    "其中：当年财政拨款", "上年结转资金", "项目总目标", "年度总体目标", "项目绩效目标", "绩效指标", "一级指标", "二级指标",
                    "三级指标", "年度(/项目)指标值");
        }
    }

    @Test
    void aGoalLongerThanAPageContinuesOnTheNextPage() throws Exception {
        String goal = projects.get(2).annualGoal();
        try (PDDocument doc = Pdfs.open(pdf.pdf())) {
            // between the two parts: the footer of one page and the label cell printed again on the next
            String text = Pdfs.squeezed(Pdfs.text(doc)).replaceAll("第\\d+页共\\d+页", "").replace("项目绩效目标", "");
            assertThat(text).contains(goal);
        }
    }

    @Test
    void eachProjectStartsOnANewPageAndEveryPageIsNumbered() throws Exception {
        try (PDDocument doc = Pdfs.open(pdf.pdf())) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isEqualTo(pdf.pages()).isGreaterThanOrEqualTo(5);
            int titles = 0;
            for (int n = 1; n <= pages; n++) {
                String page = Pdfs.squeezed(Pdfs.text(doc, n, n));
                assertThat(page).contains("第" + n + "页共" + pages + "页");
                titles += page.startsWith("财政项目支出绩效目标申报表") ? 1 : 0;
            }
            assertThat(titles).isEqualTo(projects.size());
            Pdfs.assertLastPageNumbered(doc);
        }
    }

    @Test
    void theIndicatorHeaderIsRepeatedOnAPageTheTableContinuesOn() throws Exception {
        try (PDDocument doc = Pdfs.open(pdf.pdf())) {
            for (int n = 1; n <= doc.getNumberOfPages(); n++) {
                String page = Pdfs.squeezed(Pdfs.text(doc, n, n));
                if (page.contains("三级指标第40项")) {
                    assertThat(page).as("page %d", n).contains("一级指标二级指标三级指标年度(/项目)指标值");
                }
            }
        }
    }

    @Test
    void aVeryLargeDepartmentIsFilledThroughASwapFileAndComesOutTheSame() throws Exception {
        List<Project> many = new java.util.ArrayList<>();
        for (int i = 0; i <= Reports.VIRTUALIZE_ABOVE_PROJECTS; i++) {
            many.add(Samples.target("大部门项目" + i, 3, "目标。", null));
        }
        Rendered big = TestReports.alone(TestReports.get().targetForms(many, "测试", RUN));
        try (PDDocument doc = Pdfs.open(big.pdf())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(big.pages()).isGreaterThanOrEqualTo(many.size());
            String text = Pdfs.squeezed(Pdfs.text(doc));
            assertThat(text).contains("大部门项目0", "大部门项目" + Reports.VIRTUALIZE_ABOVE_PROJECTS);
            Pdfs.assertLastPageNumbered(doc);
        }
    }

    @Test
    void theCjkFontIsEmbeddedAsASubset() throws Exception {
        try (PDDocument doc = Pdfs.open(pdf.pdf())) {
            Pdfs.assertFontsEmbedded(doc);
        }
    }
}
