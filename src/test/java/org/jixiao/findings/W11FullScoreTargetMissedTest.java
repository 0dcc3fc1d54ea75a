package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.filing.Project;
import org.jixiao.filing.Projects;
import org.junit.jupiter.api.Test;

class W11FullScoreTargetMissedTest {

    private static Project scored(String target, String actual, String score) {
        return Projects.selfEvaluation().scored("产出指标", "数量指标", "开展活动次数", target, actual, "10", score, null).build();
    }

    @Test
    void aFullScoreOnAMissedTargetIsAProblem() {
        assertThat(W11FullScoreTargetMissed.check(scored("≥12次", "=10次", "10"))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.FULL_SCORE_TARGET_MISSED);
            assertThat(f.severity()).isEqualTo(Severity.问题);
            assertThat(f.column()).isEqualTo("得分");
            assertThat(f.message()).isEqualTo("实际完成值「=10次」未达到指标值「≥12次」，却得满分 10（三级指标「开展活动次数」）");
        });
        assertThat(W11FullScoreTargetMissed.check(scored("=12次", "11次", "10"))).hasSize(1);
    }

    @Test
    void doingMoreThanAnExactTargetMeetsIt() {
        // a planned =12次 done 13 times is 超额完成: full marks are right, not a missed target
        assertThat(W11FullScoreTargetMissed.check(scored("=12次", "13次", "10"))).isEmpty();
        assertThat(W11FullScoreTargetMissed.check(scored("12次", "15次", "10"))).isEmpty();
    }

    @Test
    void aMissedTargetScoredBelowFullIsNotThisRule() {
        assertThat(W11FullScoreTargetMissed.check(scored("≥12次", "=10次", "8"))).isEmpty();
    }
}
