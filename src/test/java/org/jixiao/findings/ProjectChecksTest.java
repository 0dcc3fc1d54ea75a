package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.filing.Project;
import org.jixiao.filing.Projects;
import org.jixiao.filing.ScoringPolicy;
import org.junit.jupiter.api.Test;

/**
 * The rules run on an assembled project: each kind its own, findings attributed to the project. Each
 * rule is tested on its own in its class's test ({@code W01IndicatorBlankTest} …).
 */
class ProjectChecksTest {

    private final ScoringPolicy policy = ScoringPolicy.national();
    private final ProjectChecks checks = new ProjectChecks(policy);

    private List<Finding> check(Project p) {
        return checks.check(p, p.evaluation() == null ? null : policy.evaluate(p));
    }

    private List<Rule> rules(Project p) {
        return check(p).stream().map(Finding::rule).toList();
    }

    @Test
    void aCleanTargetsProjectHasNoFindings() {
        assertThat(check(Projects.targets().standardIndicators().build())).isEmpty();
    }

    @Test
    void aCleanSelfEvaluationHasNoFindings() {
        assertThat(check(Projects.selfEvaluation().standardScores().build())).isEmpty();
    }

    @Test
    void findingsNameTheDepartmentProjectRowAndColumn() {
        Finding f = check(Projects.targets().standardIndicators().indicator("产出指标", "质量指标", "验收合格率", "").build()).get(0);
        assertThat(f.department()).isEqualTo("中共上海市松江区委组织部");
        assertThat(f.project()).isEqualTo("党建工作");
        assertThat(f.row()).isEqualTo(6);
        assertThat(f.column()).isEqualTo("指标值");
        assertThat(f.message()).contains("验收合格率");
    }

    @Test
    void theRulesOnIndicatorsRunOnBothKinds() {
        assertThat(rules(Projects.targets().standardIndicators().indicator("其他指标", "x", "y", "及时").build()))
                .containsExactly(Rule.HIERARCHY);
        assertThat(rules(Projects.selfEvaluation().standardScores().scored("其他指标", "x", "y", "及时", "及时", "0", "0", null).build()))
                .containsExactly(Rule.HIERARCHY, Rule.LEVEL_ONE_WEIGHTS);
    }

    @Test
    void theRulesOnFundsRunOnTargetsAndTheRulesOnScoresOnSelfEvaluations() {
        assertThat(rules(Projects.targets().standardIndicators().annual("2030000", "2000000", "0", "0").build()))
                .containsExactly(Rule.ANNUAL_FUNDS_MISMATCH);
        assertThat(rules(Projects.selfEvaluation().standardScores().stated("0.9000", "9", "90", "96").build()))
                .containsExactly(Rule.STATED_RATE_MISMATCH, Rule.STATED_FUND_SCORE_MISMATCH, Rule.STATED_TOTAL_MISMATCH,
                        Rule.STATED_TOTAL_MISMATCH);
    }

    @Test
    void aScoreFarFromItsValuesIsOneFindingNotTwo() {
        Project missedWithFullScore = Projects.selfEvaluation().scored("产出指标", "数量指标", "开展活动次数", "≥12次", "=10次", "50", "50", null)
                .scored("效益指标", "社会效益指标", "政策知晓率", "≥90%", "=95%", "30", "30", null)
                .scored("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "=96%", "10", "10", null).build();
        assertThat(rules(missedWithFullScore)).containsExactly(Rule.FULL_SCORE_TARGET_MISSED);
    }
}
