package org.jixiao.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.filing.Grade;
import org.jixiao.filing.Project;
import org.jixiao.filing.Projects;
import org.jixiao.filing.ScoringPolicy;
import org.junit.jupiter.api.Test;

class SummaryTest {

    private final ScoringPolicy policy = ScoringPolicy.national();

    @Test
    void targetTotalsSumExactlyAndRoundOnlyAtTheEdge() {
        TargetTotals t = new TargetTotals();
        // seed 000's seven amounts: 802.315 万元 in all, 802.32 when published
        for (String amount : new String[] {"2030000", "3409800", "480000", "574800", "543050", "967500", "18000"}) {
            t.add(Projects.targets().annual(amount, amount, "0", "0").standardIndicators().build());
        }
        assertThat(t.projects()).isEqualTo(7);
        assertThat(t.annual()).isEqualByComparingTo("8023150");
        assertThat(t.annualWan()).isEqualByComparingTo("802.32");
        assertThat(t.large()).isZero();
        assertThat(Disclosure.sentence(t))
                .isEqualTo("编报绩效目标的项目7个，涉及项目预算资金802.32万元，其中预算金额1000万元（含）以上的项目有0个。");
    }

    @Test
    void aDepartmentsLinesAreItsOwnInReportOrder() {
        YearSummary y = new YearSummary(2025);
        for (String[] p : new String[][] {{"部门甲", "一"}, {"部门乙", "二"}, {"部门甲", "三"}}) {
            y.addTarget(Projects.targets().department(p[0]).name(p[1]).annual("100", "100", "0", "0").standardIndicators().build());
            y.addSelfEvaluation(Projects.selfEvaluation().department(p[0]).name(p[1]).standardScores().build(),
                    policy.evaluate(Projects.selfEvaluation().department(p[0]).name(p[1]).standardScores().build()));
        }
        Department first = y.targetLines().get(0).department();
        assertThat(y.targetLines(first)).extracting(YearSummary.TargetLine::name).containsExactly("一", "三");
        assertThat(y.selfLines(first)).extracting(YearSummary.SelfLine::name).containsExactly("一", "三");
        assertThat(y.targetLines(new Department(2025, first.region(), "部门丙"))).isEmpty();
        assertThat(y.targetLines(first)).isEqualTo(y.targetLines().stream().filter(l -> l.department().equals(first)).toList());
    }

    @Test
    void largeProjectsCountFromTenMillionInclusive() {
        TargetTotals t = new TargetTotals();
        t.add(Projects.targets().annual("10000000", null, null, null).build());
        t.add(Projects.targets().annual("9999999.99", null, null, null).build());
        assertThat(t.large()).isEqualTo(1);
    }

    @Test
    void splitsBySourceCategoryAndLevelOne() {
        TargetTotals t = new TargetTotals();
        t.add(Projects.targets().category("特定目标类").annual("8153900", "7140100", "0", "1013800").standardIndicators().build());
        t.add(Projects.targets().category("其他运转类").annual("72000", "72000", "0", "0").standardIndicators().build());
        assertThat(t.currentAppropriation()).isEqualByComparingTo("7212100");
        assertThat(t.other()).isEqualByComparingTo("1013800");
        assertThat(t.byCategory().get("特定目标类").amount()).isEqualByComparingTo("8153900");
        assertThat(t.byCategory().get("其他运转类").projects()).isEqualTo(1);
        assertThat(t.indicators()).isEqualTo(8);
        assertThat(t.indicatorsOf("产出指标")).isEqualTo(2);
        assertThat(t.quantitative()).isEqualTo(4);
        assertThat(t.quantitativeShare()).isEqualByComparingTo("0.5");
    }

    @Test
    void selfEvaluationTotalsUseSumsNotMeansOfRates() {
        SelfEvaluationTotals s = new SelfEvaluationTotals();
        Project a = Projects.selfEvaluation().budget(null, "100", "100").standardScores().build();
        Project b = Projects.selfEvaluation().budget(null, "300", "150").standardScores().build();
        s.add(a, policy.evaluate(a));
        s.add(b, policy.evaluate(b));
        assertThat(s.executionRate()).isEqualByComparingTo("0.625");
        assertThat(s.meanScore()).isEqualByComparingTo("97.5");
        // (100×100 + 95×300) / 400
        assertThat(s.weightedMeanScore()).isEqualByComparingTo("96.25");
        assertThat(s.grade(Grade.优)).isEqualTo(2);
    }

    @Test
    void theDisclosureParagraphFollowsTheSeeds() {
        TargetTotals t = new TargetTotals();
        t.add(Projects.targets().annual("1350000", null, null, null).build());
        assertThat(Disclosure.paragraph(2025, t)).isEqualTo("按照本市预算绩效管理工作的总体要求，本部门开展了2025年项目预算绩效目标编报工作，"
                + "编报绩效目标的项目1个，涉及项目预算资金135.00万元，其中预算金额1000万元（含）以上的项目有0个。");
    }
}
