package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleTest {

    @Test
    void eachErrorSaysWhatItRefusesSoReportsCanCountFilesAndProjects() {
        assertThat(Rule.HEADER_UNRECOGNISED.refuses()).isEqualTo(Rule.Refuses.FILE);
        assertThat(Rule.FORM_UNREADABLE.refuses()).isEqualTo(Rule.Refuses.SHEET);
        assertThat(Rule.ROW_UNREADABLE.refuses()).isEqualTo(Rule.Refuses.ROWS);
        assertThat(Rule.VALUE_OUT_OF_RANGE.refuses()).isEqualTo(Rule.Refuses.PROJECT);
        assertThat(Rule.PROJECT_CONFLICT.refuses()).isEqualTo(Rule.Refuses.PROJECT);
        assertThat(Rule.HIDDEN_CONTENT.refuses()).isEqualTo(Rule.Refuses.NONE);
        for (Rule r : Rule.values()) {
            assertThat(r.refuses() == Rule.Refuses.NONE).as(r.id()).isEqualTo(r.severity() != Severity.错误);
        }
    }

    @Test
    void aStatedRateIsComparedAtTwoPlacesOfPercentAtLeast() {
        assertThat(ScoreRules.rateDiffers(new java.math.BigDecimal("0.96"), new java.math.BigDecimal("0.956"))).isTrue();
        assertThat(ScoreRules.rateDiffers(java.math.BigDecimal.ONE, new java.math.BigDecimal("0.95"))).isTrue();
        assertThat(ScoreRules.rateDiffers(java.math.BigDecimal.ONE, new java.math.BigDecimal("0.99996"))).isFalse();
        assertThat(ScoreRules.rateDiffers(new java.math.BigDecimal("0.956"), new java.math.BigDecimal("0.95604"))).isFalse();
        assertThat(ScoreRules.rateDiffers(new java.math.BigDecimal("0.956"), new java.math.BigDecimal("0.9564"))).as("95.6%% is 95.60%%").isTrue();
        assertThat(ScoreRules.rateDiffers(new java.math.BigDecimal("0.95634"), new java.math.BigDecimal("0.9564"))).isTrue();
    }
}
