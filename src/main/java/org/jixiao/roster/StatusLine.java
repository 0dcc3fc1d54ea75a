package org.jixiao.roster;

import java.time.LocalDate;
import org.jixiao.filing.Kind;

/**
 * One row of the 报送情况表: a department and a kind of filing in a 年度.
 *
 * @param due      whether the roster lists it for this kind and 年度
 * @param deadline 截止日期, null without one
 * @param received what the night holds of it, null when nothing
 * @param late     逾期: see {@link SubmissionStatus}
 */
public record StatusLine(int year, Kind kind, String region, String department, State state, boolean due, LocalDate deadline,
        Received received, boolean late) {

    /** Where a department stands. */
    public enum State {
        /** Filed (its projects may still have been refused). */
        已报,
        /** Due and not filed. */
        未报,
        /** Filed, while the roster of the 年度 does not list it for this kind. */
        名单外,
        /** Without a roster: filed this kind the 年度 before and not this one. */
        上年已报本年未报
    }

    /** Filed, with at least one project refused (错误): it has to file again. */
    public boolean refused() {
        return received != null && received.refused() > 0;
    }

    /**
     * The line as a fresh run on the same folder knows it: without the run dates the filing first came and
     * last changed, and 逾期 only where the folder, the roster and the run date decide it (逾期未报) — 逾期报送
     * is judged by the first-received date ({@link StatusTable#HISTORY}). What the books print.
     */
    public StatusLine withoutHistory() {
        Received r = received;
        Received plain = r == null ? null : new Received(r.year(), r.kind(), r.region(), r.department(), r.source(), null, null,
                r.accepted(), r.refused(), r.errors());
        return new StatusLine(year, kind, region, department, state, due, deadline, plain, late && r == null);
    }

    /** {@code 逾期未报}, {@code 逾期报送} or blank. */
    public String lateLabel() {
        return !late ? "" : received == null ? "逾期未报" : "逾期报送";
    }
}
