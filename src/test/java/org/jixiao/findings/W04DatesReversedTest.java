package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jixiao.filing.Projects;
import org.junit.jupiter.api.Test;

class W04DatesReversedTest {

    @Test
    void completionBeforeStartIsAProblem() {
        assertThat(W04DatesReversed.check(Projects.targets().dates(LocalDate.of(2025, 12, 31), LocalDate.of(2025, 1, 1)).build()))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(Rule.DATES_REVERSED);
                    assertThat(f.severity()).isEqualTo(Severity.问题);
                    assertThat(f.column()).isEqualTo("计划完成日期");
                    assertThat(f.message()).isEqualTo("计划完成日期 2025-01-01 早于计划开始日期 2025-12-31");
                });
    }

    @Test
    void aOneDayProjectOrOneWithoutDatesIsNoProblem() {
        assertThat(W04DatesReversed.check(Projects.targets().dates(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1)).build())).isEmpty();
        assertThat(W04DatesReversed.check(Projects.targets().dates(null, LocalDate.of(2025, 1, 1)).build())).isEmpty();
    }
}
