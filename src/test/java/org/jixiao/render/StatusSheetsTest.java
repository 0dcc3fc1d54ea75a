package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jixiao.filing.Kind;
import org.jixiao.roster.Received;
import org.jixiao.roster.StatusLine;
import org.jixiao.roster.SubmissionStatus;
import org.jixiao.roster.Tally;
import org.junit.jupiter.api.Test;

/** The 报送情况表's two editions: what the book's leaves out, and the counts each prints under a kind. */
class StatusSheetsTest {

    private static final LocalDate DEADLINE = LocalDate.of(2025, 3, 31);

    private static StatusLine line(String department, StatusLine.State state, boolean due, Received r, boolean late) {
        return new StatusLine(2025, Kind.TARGETS, "松江区", department, state, due, due ? DEADLINE : null, r, late);
    }

    private static Received received(String department, LocalDate first, int refused) {
        return new Received(2025, Kind.TARGETS, "松江区", department, null, first, first, 1, refused, refused);
    }

    @Test
    void theBooksEditionKeepsWhatTheRunDateDecidesAndDropsWhatOnlyTheNightsKnow() {
        StatusLine filedLate = line("体育局", StatusLine.State.已报, true, received("体育局", LocalDate.of(2025, 4, 2), 0), true);
        StatusLine missing = line("民政局", StatusLine.State.未报, true, null, true);

        StatusLine plain = filedLate.withoutHistory();
        assertThat(plain.received().firstReceived()).isNull();
        assertThat(plain.received().lastChanged()).isNull();
        assertThat(plain.received().accepted()).isEqualTo(1);
        assertThat(plain.late()).as("逾期报送 is judged by the first-received date: history").isFalse();
        assertThat(missing.withoutHistory()).as("逾期未报 follows from the folder and the run date").isEqualTo(missing);
    }

    @Test
    void underEachKindItsCountsWith逾期SplitOnItsOwnAndOnly逾期未报InTheBook() {
        List<StatusLine> lines = List.of(line("教育局", StatusLine.State.已报, true, received("教育局", null, 0), false),
                line("民政局", StatusLine.State.未报, true, null, true),
                line("卫生健康委员会", StatusLine.State.已报, true, received("卫生健康委员会", null, 1), false),
                line("体育局", StatusLine.State.已报, true, received("体育局", LocalDate.of(2025, 4, 2), 0), true),
                line("文化和旅游局", StatusLine.State.名单外, false, received("文化和旅游局", null, 0), false));
        Tally t = SubmissionStatus.Report.of(lines).totals().get(0);
        assertThat(StatusSheets.counts(t, lines, true)).isEqualTo("应报 4 个，已报 3 个（其中被拒收 1 个），未报 1 个，逾期 2 个（逾期未报 1 个，逾期报送 1 个），名单外 1 个。");

        List<StatusLine> plain = lines.stream().map(StatusLine::withoutHistory).toList();
        Tally p = SubmissionStatus.Report.of(plain).totals().get(0);
        assertThat(StatusSheets.counts(p, plain, false)).isEqualTo("应报 4 个，已报 3 个（其中被拒收 1 个），未报 1 个，逾期未报 1 个，名单外 1 个。");
    }

    @Test
    void withoutARosterTheFiledAndThoseThatFiledLastYearOnly() {
        List<StatusLine> lines = List.of(line("教育局", StatusLine.State.已报, false, received("教育局", null, 0), false),
                line("体育局", StatusLine.State.已报, false, received("体育局", null, 1), false),
                line("民政局", StatusLine.State.上年已报本年未报, false, null, false));
        Tally t = SubmissionStatus.Report.of(lines).totals().get(0);
        assertThat(t.roster()).isFalse();
        assertThat(StatusSheets.counts(t, lines, true)).isEqualTo("已报 2 个（其中被拒收 1 个），上年已报本年未报 1 个。");
    }
}
