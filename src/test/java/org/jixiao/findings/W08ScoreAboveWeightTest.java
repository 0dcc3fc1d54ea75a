package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.filing.Projects;
import org.junit.jupiter.api.Test;

class W08ScoreAboveWeightTest {

    @Test
    void aScoreAboveItsWeightIsAProblem() {
        assertThat(W08ScoreAboveWeight.check(Projects.selfEvaluation().scored("产出指标", "数量指标", "开展活动次数", "≥2次", "=3次", "20", "21", null)
                .build())).singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(Rule.SCORE_ABOVE_WEIGHT);
                    assertThat(f.severity()).isEqualTo(Severity.问题);
                    assertThat(f.column()).isEqualTo("得分");
                    assertThat(f.message()).isEqualTo("得分 21 高于分值 20（三级指标「开展活动次数」）");
                });
    }

    @Test
    void aFullScoreIsNoProblem() {
        assertThat(W08ScoreAboveWeight.check(Projects.selfEvaluation().standardScores().build())).isEmpty();
    }
}
