package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Project;
import org.jixiao.findings.Finding;
import org.jixiao.findings.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 自评表 filled from projects built in code: values as filed, computed scores and 等级, 问题 marked. */
class SelfFormsTest {

    private static final LocalDate RUN = LocalDate.of(2026, 11, 21);
    private static Project plain;
    private static Project flagged;
    private static Rendered pdf;

    @BeforeAll
    static void render() {
        plain = Samples.self("业务培训", 10, "预期目标。", "实际完成情况。");
        flagged = Samples.self("党建工作", 30, Samples.LONG_GOAL, Samples.text("实际完成情况很长；", 900));
        Indicator second = flagged.indicators().get(1);
        List<Finding> findings = List.of(
                Finding.at(Rule.SCORE_INCONSISTENT, second.source(), "得分", "得分与完成情况不符的说明").about("部门", "党建工作"),
                Finding.at(Rule.STATED_TOTAL_MISMATCH, flagged.source(), "总得分", "填报总得分 97 与计算值不符"),
                Finding.at(Rule.NO_UNIT, second.source(), "年度指标值", "提示不标注"));
        pdf = TestReports.alone(TestReports.get().selfEvaluationForms(List.of(Samples.selfForm(plain, List.of()),
                Samples.selfForm(flagged, findings)), "测试", RUN));
    }

    @Test
    void valuesAsFiledAndScoresAsComputed() throws Exception {
        try (PDDocument doc = Pdfs.open(pdf.pdf())) {
            String text = Pdfs.squeezed(Pdfs.text(doc));
            for (Project p : List.of(plain, flagged)) {
                assertThat(text).contains(p.name());
                for (Indicator i : p.indicators()) {
                    assertThat(text).contains(Pdfs.squeezed(i.level3()), Pdfs.squeezed(i.target().raw()),
                            Pdfs.squeezed(i.actual().raw()));
                }
            }
            // funds row: 年初 1,127,800.00, 全年预算 498,139.10, 执行 498,139.10 → 分值 10, 100.00%, 资金得分 10
            assertThat(text).contains("1,127,800.00498,139.10498,139.10", "10100.00%10");
            assertThat(text).contains(Samples.LONG_GOAL, "有进一步提升的空间");
            // 10 + Σ得分 (29 of 30 for the first, 89 of 90 for the second), 等级 from the national bands
            assertThat(text).contains("总分4039等级：差", "总分10099等级：优");
        }
    }

    @Test
    void everyLabelOfTheOfficialFormComesOutWhole() throws Exception {
        try (PDDocument doc = Pdfs.open(pdf.pdf())) {
            String text = Pdfs.squeezed(Pdfs.text(doc, 1, 1));
            assertThat(text).contains("财政项目支出绩效自评表", "(2023年度)", "项目名称", "主管部门", "实施单位", "项目资金（元）", "年初预算数",
                    "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金",
                    "预期目标", "实际完成情况", "年度总体目标", "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                    "偏差原因分析及改进措施", "总分");
        }
    }

    @Test
    void aProblemIsMarkedBesideItsRowAndExplainedUnderTheForm() throws Exception {
        try (PDDocument doc = Pdfs.open(pdf.pdf())) {
            String text = Pdfs.squeezed(Pdfs.text(doc));
            assertThat(text).contains("审核发现的问题", "※1得分与完成情况不符（第3行「得分」）：得分与完成情况不符的说明",
                    "※2填报的总分或总得分与计算值不符（第2行「总得分」）：填报总得分97与计算值不符");
            assertThat(text).doesNotContain("提示不标注");
            assertThat(text.indexOf("※1")).as("the mark precedes the list").isLessThan(text.indexOf("审核发现的问题"));
        }
    }

    @Test
    void everyPageIsNumberedAndTheFontEmbedded() throws Exception {
        try (PDDocument doc = Pdfs.open(pdf.pdf())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pdf.pages());
            Pdfs.assertLastPageNumbered(doc);
            Pdfs.assertFontsEmbedded(doc);
        }
    }
}
