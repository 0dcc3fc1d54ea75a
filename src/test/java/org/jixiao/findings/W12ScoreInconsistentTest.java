package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.filing.Project;
import org.jixiao.filing.Projects;
import org.jixiao.filing.ScoringPolicy;
import org.junit.jupiter.api.Test;

class W12ScoreInconsistentTest {

    private static final ScoringPolicy POLICY = ScoringPolicy.national();

    private static List<Finding> check(String target, String actual, String score) {
        return check(POLICY, target, actual, score);
    }

    private static List<Finding> check(ScoringPolicy policy, String target, String actual, String score) {
        Project p = Projects.selfEvaluation().scored("产出指标", "时效指标", "运维工作", target, actual, "10", score, "有偏差").build();
        return W12ScoreInconsistent.check(p, policy);
    }

    @Test
    void aMetQuantitativeTargetEarnsItsFullWeight() {
        // seed 003 网络信息系统运行与维护: 稳定性检查 =1次 achieved =1次, scored 7 of 9
        assertThat(check("=1次", "=1次", "7")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.SCORE_INCONSISTENT);
            assertThat(f.severity()).isEqualTo(Severity.问题);
            assertThat(f.message()).isEqualTo("实际完成值「=1次」已达到指标值「=1次」，按规则应得满分 10 分，填报得分 7（三级指标「运维工作」）");
        });
        assertThat(check("=1次", "=1次", "9.5")).isEmpty();
    }

    @Test
    void aMissedTargetEarnsAboutItsShare() {
        assertThat(check("≥10次", "=8次", "8")).isEmpty();
        assertThat(check("≥10次", "=5次", "9")).hasSize(1);
        // a ceiling the other way round: ≤30分钟 target, 40 achieved → about 30/40
        assertThat(check("≤30(分钟)", "=40(分钟)", "7.5")).isEmpty();
    }

    @Test
    void aMissedTargetWithFullScoreIsLeftToW11() {
        assertThat(check("≥12次", "=10次", "10")).isEmpty();
    }

    @Test
    void qualitativeScoresFollowTheBands() {
        assertThat(check("规范", "规范", "8")).isEmpty();
        assertThat(check("规范", "规范", "6")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("实际完成值「规范」对照指标值「规范」为达成，得分率应在80.00%–100%"));
        assertThat(check("完成", "基本完成", "7")).isEmpty();
        assertThat(check("完成", "基本完成", "10")).hasSize(1);
        assertThat(check("及时", "未完成", "5")).isEmpty();
        assertThat(check("及时", "未完成", "8")).hasSize(1);
    }

    @Test
    void theToleranceIsConfiguration() {
        ScoringPolicy lenient = new ScoringPolicy(POLICY.fundWeight(), POLICY.rateCap(), POLICY.excellent(), POLICY.good(), POLICY.pass(),
                POLICY.levelOneWeights(), new BigDecimal("0.5"), POLICY.achievedFloor(), POLICY.partialFloor());
        assertThat(check(lenient, "=1次", "=1次", "7")).isEmpty();
    }
}
