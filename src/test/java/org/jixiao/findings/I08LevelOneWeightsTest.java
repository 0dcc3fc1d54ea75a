package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.filing.Projects;
import org.jixiao.filing.ScoringPolicy;
import org.junit.jupiter.api.Test;

class I08LevelOneWeightsTest {

    private static final ScoringPolicy POLICY = ScoringPolicy.national();

    @Test
    void levelOneWeightsOtherThanStandardAreAHint() {
        assertThat(I08LevelOneWeights.check(Projects.selfEvaluation()
                .scored("产出指标", "数量指标", "开展活动次数", "≥2次", "=3次", "50", "50", null)
                .scored("效益指标", "社会效益指标", "政策知晓率", "≥90%", "=95%", "20", "20", null)
                .scored("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "=96%", "20", "20", null).build(), POLICY))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(Rule.LEVEL_ONE_WEIGHTS);
                    assertThat(f.severity()).isEqualTo(Severity.提示);
                    assertThat(f.message()).isEqualTo("一级指标分值为 预算执行率 10、产出指标 50、效益指标 20、满意度指标 20，"
                            + "标准权重为 预算执行率 10、产出指标 50、效益指标 30、满意度指标 10");
                });
    }

    @Test
    void theStandardWeightsAreNoHint() {
        assertThat(I08LevelOneWeights.check(Projects.selfEvaluation().standardScores().build(), POLICY)).isEmpty();
    }
}
