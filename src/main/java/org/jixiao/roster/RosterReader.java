package org.jixiao.roster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jixiao.filing.Departments;
import org.jixiao.filing.Kind;
import org.jixiao.filing.SourceRef;
import org.jixiao.findings.Finding;
import org.jixiao.findings.Rule;
import org.jixiao.ingest.PlainTable;
import org.jixiao.ingest.SourceProblem;
import org.jixiao.ingest.Values;

/**
 * Reads the 报送名单: {@code 名单.xlsx} or {@code 名单.csv} at the top of the input folder, columns 年度,
 * 地区, 主管部门, 应报类型 ({@code 绩效目标}, {@code 绩效自评} or both joined by {@code 、}) and 截止日期. The
 * file is read as filings are ({@link PlainTable}); each row is used or refused with a located finding:
 * a row without a readable 年度, a 主管部门 or a known 应报类型 is refused (E09, 错误 — jixiao does not
 * guess whom the bureau is waiting for); an unreadable 截止日期 is a 问题 and the row is kept without one
 * (W19); a department listed twice for a 年度 and kind keeps its first row (W18).
 */
public final class RosterReader {

    /** The names a roster goes by, in the order of preference when both are there. */
    public static final List<String> FILE_NAMES = List.of("名单.xlsx", "名单.csv");
    static final List<String> COLUMNS = List.of("年度", "地区", "主管部门", "应报类型", "截止日期");
    static final Set<String> REQUIRED = Set.of("年度", "主管部门", "应报类型");

    private RosterReader() {
    }

    /** Whether a file of the input folder is its roster, which the scan must not take for a filing. */
    public static boolean isRoster(Path inputFolder, Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent != null && parent.equals(inputFolder.toAbsolutePath().normalize())
                && FILE_NAMES.contains(file.getFileName().toString().toLowerCase(Locale.ROOT));
    }

    /** The roster of an input folder, {@link Roster#NONE} when it has none. */
    public static Roster read(Path inputFolder) {
        List<Path> found = new ArrayList<>();
        for (String name : FILE_NAMES) {
            try (var files = Files.list(inputFolder)) {
                files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).equals(name)
                        // never a link leaving the input folder
                        && org.jixiao.ingest.InputFolder.isInside(inputFolder, p))
                        .sorted().findFirst().ifPresent(found::add);
            } catch (java.io.IOException e) {
                return Roster.NONE; // the scan reports an unreadable input folder; the roster has nothing to add
            }
        }
        if (found.isEmpty()) {
            return Roster.NONE;
        }
        Path used = found.get(0);
        Roster roster = read(used, used.getFileName().toString());
        if (found.size() == 1) {
            return roster;
        }
        List<Finding> findings = new ArrayList<>(roster.findings());
        String other = found.get(1).getFileName().toString();
        findings.add(new Finding(Rule.ROSTER_DUPLICATE, other, "", 0, "", null, null, "输入目录中同时有 " + roster.file() + " 和 " + other
                + "，只读取了 " + roster.file() + "；请删除不用的一个"));
        return new Roster(roster.file(), roster.entries(), findings);
    }

    /** One roster file; {@code name} is how findings name it. */
    public static Roster read(Path file, String name) {
        PlainTable.Result table = PlainTable.read(file, name, COLUMNS, REQUIRED);
        List<Finding> findings = new ArrayList<>();
        for (SourceProblem p : table.problems()) {
            String unusable = table.rows().isEmpty() && p.rule().severity() == org.jixiao.findings.Severity.错误
                    ? "；名单未能使用，本次按无名单统计报送情况" : "";
            findings.add(new Finding(p.rule(), name, p.sheet(), p.row(), p.column(), null, null, p.message() + unusable));
        }
        List<RosterEntry> entries = new ArrayList<>();
        Map<String, RosterEntry> seen = new HashMap<>();
        for (PlainTable.Row row : table.rows()) {
            RosterEntry entry = entry(row, findings);
            if (entry != null) {
                entry = withoutRepeats(entry, seen, findings);
            }
            if (entry != null) {
                entries.add(entry);
                for (Kind k : entry.kinds()) {
                    seen.put(dueKey(entry.year(), entry.department(), k), entry);
                }
            }
        }
        return new Roster(name, entries, findings);
    }

    private static RosterEntry entry(PlainTable.Row row, List<Finding> findings) {
        String department = row.get("主管部门");
        String canonical = department == null ? null : Departments.canonical(department);
        Integer year = Values.year(row.get("年度"));
        if (year == null) {
            findings.add(refused(row, "年度", canonical, row.get("年度") == null ? "年度为空"
                    : "年度「" + row.get("年度") + "」无法识别（应为 2025 或 2025年度）"));
            return null;
        }
        if (department == null) {
            findings.add(refused(row, "主管部门", null, "主管部门为空"));
            return null;
        }
        Set<Kind> kinds = RosterKinds.parse(row.get("应报类型"));
        if (kinds == null) {
            findings.add(refused(row, "应报类型", canonical, (row.get("应报类型") == null ? "应报类型为空" : "应报类型「" + row.get("应报类型")
                    + "」无法识别") + "（应填 绩效目标、绩效自评，或两者用顿号连接：绩效目标、绩效自评）"));
            return null;
        }
        LocalDate deadline = null;
        String raw = row.get("截止日期");
        if (raw != null) {
            deadline = Values.date(raw);
            if (deadline == null) {
                findings.add(new Finding(Rule.DEADLINE_UNREADABLE, row.source().file(), row.source().sheet(), row.source().row(), "截止日期",
                        canonical, null, "截止日期「" + raw + "」无法识别（应为 2025-03-31 这样的日期），本行按未定截止日期处理，不判断是否逾期"));
            }
        }
        String region = row.get("地区") != null ? row.get("地区") : Departments.regionOf(department);
        return new RosterEntry(year, region, canonical, kinds, deadline, row.source());
    }

    /** The entry without the kinds already listed for its department and 年度; null when none is left. */
    private static RosterEntry withoutRepeats(RosterEntry entry, Map<String, RosterEntry> seen, List<Finding> findings) {
        Set<Kind> kept = EnumSet.noneOf(Kind.class);
        for (Kind k : Kind.values()) {
            if (!entry.kinds().contains(k)) {
                continue;
            }
            RosterEntry first = seen.get(dueKey(entry.year(), entry.department(), k));
            if (first == null) {
                kept.add(k);
                continue;
            }
            SourceRef s = entry.source();
            String deadlines = java.util.Objects.equals(first.deadline(), entry.deadline()) ? ""
                    : "（两行的截止日期不同：" + date(first.deadline()) + " 与 " + date(entry.deadline()) + "，按前一行）";
            findings.add(new Finding(Rule.ROSTER_DUPLICATE, s.file(), s.sheet(), s.row(), "主管部门", entry.department(), null,
                    entry.year() + "年度 " + entry.department() + " 的" + k.label() + "已在第" + first.source().row() + "行列出，本行重复，未使用"
                            + deadlines));
        }
        if (kept.isEmpty()) {
            return null;
        }
        return kept.equals(entry.kinds()) ? entry
                : new RosterEntry(entry.year(), entry.region(), entry.department(), kept, entry.deadline(), entry.source());
    }

    private static String dueKey(int year, String department, Kind kind) {
        return year + "|" + Departments.key(department) + "|" + kind.code();
    }

    private static String date(LocalDate d) {
        return d == null ? "未填" : d.toString();
    }

    private static Finding refused(PlainTable.Row row, String column, String department, String why) {
        SourceRef s = row.source();
        return new Finding(Rule.ROSTER_ROW_INVALID, s.file(), s.sheet(), s.row(), column, department, null, why + "，名单第" + s.row()
                + "行未使用");
    }
}
