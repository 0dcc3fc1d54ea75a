package org.jixiao.roster;

import static org.jixiao.filing.TableColumn.integer;
import static org.jixiao.filing.TableColumn.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Table;
import org.jixiao.filing.TableColumn;

/**
 * 报送情况 as a published table (a CSV and a sheet of the summary XLSX): one row per department and kind of
 * a 年度, in the report's order (年度, kind, 地区, roster order), with every figure the 报送情况表 prints.
 * Dates are ISO text, as the other tables write dates.
 */
public final class StatusTable {

    public static final String NAME = "报送情况";

    /**
     * The columns that report history by design: a filing's first-received and last-changed dates (run dates
     * of the nights that saw it come and change, which a fresh run on the same folder does not know), and in
     * 逾期 the mark 逾期报送, judged by the first-received date. 逾期未报 is not history: it follows from the
     * folder and the run date.
     */
    public static final List<String> HISTORY = List.of("首次报送", "最近更新", "逾期");
    private static final String LATE_FILED = "逾期报送";

    /** Whether a cell of column {@code header} holding {@code value} reports history ({@link #HISTORY}). */
    public static boolean isHistory(String header, String value) {
        return header.equals(HISTORY.get(0)) || header.equals(HISTORY.get(1)) || header.equals(HISTORY.get(2)) && LATE_FILED.equals(value);
    }

    private static final List<TableColumn> COLUMNS = List.of(integer("年度"), text("应报类型"), text("地区"), text("主管部门"), text("是否应报"),
            text("截止日期"), text("报送状态"), text("首次报送"), text("最近更新"), integer("受理项目数"), integer("拒收项目数"), integer("错误数"),
            text("逾期"));

    private StatusTable() {
    }

    /** The rows of one 年度 (all 年度 when {@code year} is null). */
    public static Table of(SubmissionStatus.Report report, Integer year) {
        List<Object[]> rows = new ArrayList<>();
        for (StatusLine l : report.lines()) {
            if (year != null && l.year() != year) {
                continue;
            }
            Received r = l.received();
            rows.add(new Object[] {l.year(), l.kind().label(), l.region(), l.department(), l.due() ? "是" : "否", date(l.deadline()),
                l.state().name(), r == null ? null : date(r.firstReceived()), r == null ? null : date(r.lastChanged()),
                r == null ? null : r.accepted(), r == null ? null : r.refused(), r == null ? null : r.errors(),
                l.late() ? l.lateLabel() : null});
        }
        return Table.of(NAME, COLUMNS, rows);
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
