package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.filing.Project;
import org.jixiao.filing.Projects;
import org.jixiao.filing.ScoringPolicy;
import org.junit.jupiter.api.Test;

class W07StatedTotalMismatchTest {

    private static final ScoringPolicy POLICY = ScoringPolicy.national();

    private static java.util.List<Finding> check(Project p) {
        return W07StatedTotalMismatch.check(p, POLICY.evaluate(p));
    }

    @Test
    void aStatedTotalAndTotalScoreOtherThanTheSumsAreOneProblemEach() {
        assertThat(check(Projects.selfEvaluation().standardScores().stated(null, null, "90", "96").build()))
                .extracting(Finding::column, Finding::message).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("总分", "填报的总分 90 与资金分值加各项分值之和 100 不符"),
                        org.assertj.core.groups.Tuple.tuple("总得分", "填报的总得分 96 与资金得分加各项得分之和 100 不符"));
    }

    @Test
    void totalsThatAddUpAreNoProblem() {
        assertThat(check(Projects.selfEvaluation().standardScores().stated(null, null, "100", "100").build())).isEmpty();
    }
}
