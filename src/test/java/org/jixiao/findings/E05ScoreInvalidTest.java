package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class E05ScoreInvalidTest {

    @TempDir
    Path dir;

    /** The clean 自评 with its first indicator's 得分 replaced. */
    private Filed filedWithScore(String score) throws IOException {
        return Filed.csv(dir, Filed.SELF_HEADER, Filed.SELF_ROWS[0].replaceFirst(",50$", "," + score), Filed.SELF_ROWS[1], Filed.SELF_ROWS[2]);
    }

    @Test
    void aScoreThatIsNoNumberRejectsTheProject() throws IOException {
        Filed filed = filedWithScore("五十");
        assertThat(filed.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.SCORE_INVALID);
            assertThat(f.severity()).isEqualTo(Severity.错误);
            assertThat(f.row()).isEqualTo(2);
            assertThat(f.column()).isEqualTo("得分");
            assertThat(f.message()).isEqualTo("「得分」「五十」不是数字，项目未导入");
        });
        assertThat(filed.projects()).isEmpty();
    }

    @Test
    void aScoreAsAPercentageIsRefusedRatherThanReadAsAShare() throws IOException {
        assertThat(filedWithScore("100%").of(Rule.SCORE_INVALID)).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("「得分」「100%」是百分数，而得分应填分数（如 9.5），项目未导入"));
    }

    @Test
    void aBlankScoreNamesItsIndicator() throws IOException {
        assertThat(filedWithScore("").of(Rule.SCORE_INVALID)).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("「得分」为空（三级指标「开展活动次数」），项目未导入"));
    }

    @Test
    void aFundWeightAsAPercentageIsRefusedToo() throws IOException {
        Filed filed = Filed.csv(dir, Filed.SELF_HEADER + ",资金分值", Filed.SELF_ROWS[0] + ",10%", Filed.SELF_ROWS[1] + ",10%",
                Filed.SELF_ROWS[2] + ",10%");
        assertThat(filed.of(Rule.SCORE_INVALID)).extracting(Finding::column).containsExactly("资金分值");
    }

    @Test
    void pointsAreRead() throws IOException {
        for (String score : new String[] {"50", "50.0", "50分"}) {
            assertThat(filedWithScore(score).findings()).as(score).isEmpty();
        }
    }
}
