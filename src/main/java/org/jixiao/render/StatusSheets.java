package org.jixiao.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.filing.Kind;
import org.jixiao.roster.Received;
import org.jixiao.roster.StatusLine;
import org.jixiao.roster.SubmissionStatus;
import org.jixiao.roster.Tally;

/**
 * The blocks of a 报送情况表 (issue 17), laid out by summary.jrxml like a 汇总表: the title, what it is
 * counted against (the roster, the run date), then per kind of filing a heading, one row per department
 * (under its 地区 in the table of all 地区) and the counts, and a note on what the words mean.
 *
 * <p>Two editions. The one published on its own ({@code history}) prints what only the nights on this
 * input folder know — the run dates a filing first came and last changed, and 逾期报送, judged by the
 * first — and counts 逾期 as the report does. The one bound into the books leaves them out (its lines come
 * {@link StatusLine#withoutHistory without history}): what it prints follows from the folder, the roster and
 * the run date, so a book stays the bytes a fresh run binds.
 */
final class StatusSheets {

    private final Templates templates;

    StatusSheets(Templates templates) {
        this.templates = templates;
    }

    /** The title of the 报送情况表 of a 年度 ({@code region} null: all 地区). */
    static String title(int year, String region) {
        return region == null ? year + "年度项目绩效报送情况表（全部地区）" : region + " " + year + "年度项目绩效报送情况表";
    }

    /**
     * @param yearLines every line of the 年度 (the counts of a 地区 need the whole 年度: a roster covers a 年度 and kind)
     * @param roster    the roster's file name, null without one
     */
    List<Block> blocks(int year, String region, List<StatusLine> yearLines, String roster, boolean history, LocalDate runDate) {
        List<StatusLine> all = history ? yearLines : yearLines.stream().map(StatusLine::withoutHistory).toList();
        SubmissionStatus.Report report = SubmissionStatus.Report.of(all);
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.text("title", title(year, region)));
        blocks.add(Block.text("text", (roster == null ? "输入目录中没有报送名单（名单.xlsx 或 名单.csv）：列出已报送的主管部门，及上年报送、本年未报送的主管部门"
                : "对照报送名单：" + roster) + "；统计截至 " + runDate + "（本次运行日期）。"));
        Map<Kind, List<StatusLine>> byKind = new LinkedHashMap<>();
        for (StatusLine l : all) {
            if (region == null || region.equals(l.region())) {
                byKind.computeIfAbsent(l.kind(), k -> new ArrayList<>()).add(l);
            }
        }
        int section = 0;
        for (Map.Entry<Kind, List<StatusLine>> kind : byKind.entrySet()) {
            Tally tally = tally(report, year, kind.getKey(), region);
            blocks.add(Block.text("heading", NUMBERS[section++] + "、" + kind.getKey().label() + (tally.roster() ? "" : "（无名单）")));
            blocks.add(Block.table(templates.report(history ? "status-table" : "status-table-book"), rows(kind.getValue(), region == null),
                    Map.of()));
            blocks.add(Block.text("text", counts(tally, kind.getValue(), history)));
        }
        blocks.add(Block.text("text", history ? NOTE : NOTE + BOOK_NOTE));
        return blocks;
    }

    private static final String[] NUMBERS = {"一", "二", "三"};

    static final String NOTE = "注：已报指收到该部门该类申报（至少一个项目，含被拒收的项目）；被拒收指其中有项目因填报错误被拒收，须更正后重新报送；"
            + "未报指名单所列、尚未报送；逾期未报指截止日期已过仍未报送（截止日期当天不算逾期），逾期报送指首次报送晚于截止日期；"
            + "名单外指已报送但不在该类报送名单中，见问题清单（W17）。首次报送、最近更新为收到该申报、其当前版本的运行日期；"
            + "首次运行时输入目录中已有的申报无从得知报送日期，留空，不判逾期报送。";
    static final String BOOK_NOTE = "首次报送、最近更新日期及逾期报送取决于历次运行，不列入汇编，见单独发布的报送情况表。";

    private static Tally tally(SubmissionStatus.Report report, int year, Kind kind, String region) {
        List<Tally> tallies = region == null ? report.totals() : report.byRegion(year, kind);
        return tallies.stream().filter(t -> t.year() == year && t.kind() == kind && (region == null || region.equals(t.region())))
                .findFirst().orElseThrow();
    }

    /** 应报 5 个，已报 3 个（其中被拒收 1 个），未报 2 个，逾期 3 个（逾期未报 2 个，逾期报送 1 个），名单外 1 个。 */
    static String counts(Tally t, List<StatusLine> lines, boolean history) {
        StringBuilder s = new StringBuilder(t.roster() ? "应报 " + t.due() + " 个，" : "").append("已报 ").append(t.received())
                .append(" 个（其中被拒收 ").append(t.refused()).append(" 个）");
        if (t.roster()) {
            long missing = lines.stream().filter(l -> l.late() && l.received() == null).count();
            s.append("，未报 ").append(t.missing()).append(" 个");
            if (history) {
                s.append("，逾期 ").append(t.late()).append(" 个（逾期未报 ").append(missing).append(" 个，逾期报送 ")
                        .append(t.late() - missing).append(" 个）");
            } else {
                s.append("，逾期未报 ").append(missing).append(" 个");
            }
            s.append("，名单外 ").append(t.unlisted()).append(" 个");
        } else if (t.notThisYear() > 0) {
            s.append("，上年已报本年未报 ").append(t.notThisYear()).append(" 个");
        }
        return s.append("。").toString();
    }

    /** The rows of one kind; in the table of all 地区 each 地区's rows under its name, numbered through. */
    private static List<Line> rows(List<StatusLine> lines, boolean byRegion) {
        List<Line> rows = new ArrayList<>();
        String region = null;
        for (StatusLine l : lines) {
            Received r = l.received();
            Line row = new Line("row").put("no", rows.size() + 1).put("department", l.department()).put("due", l.due() ? "是" : "否")
                    .put("deadline", l.deadline()).put("state", l.state().name()).put("first", r == null ? null : r.firstReceived())
                    .put("last", r == null ? null : r.lastChanged()).put("accepted", r == null ? null : r.accepted())
                    .put("refused", r == null ? null : r.refused()).put("errors", r == null ? null : r.errors())
                    .put("late", l.late() ? l.lateLabel() : null);
            if (byRegion) {
                row.put(Line.REGION, l.region()).put(Line.REGION_HEADING, l.region().equals(region) ? null : l.region());
                region = l.region();
            }
            rows.add(row);
        }
        return rows;
    }
}
