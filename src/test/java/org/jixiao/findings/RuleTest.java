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
}
