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
import java.util.Optional;
import java.util.Set;
import org.jixiao.filing.Departments;
import org.jixiao.filing.Kind;
import org.jixiao.findings.E09RosterRowInvalid;
import org.jixiao.findings.Finding;
import org.jixiao.findings.W18RosterDuplicate;
import org.jixiao.findings.W19DeadlineUnreadable;
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

    /**
     * The files of an input folder a roster is read from: per name of {@link #FILE_NAMES}, in that order, the
     * first file at the top of the folder so named (any case), never a link leaving it. The first is the roster;
     * a second is reported (W18).
     */
    public static List<Path> files(Path inputFolder) throws java.io.IOException {
        List<Path> found = new ArrayList<>();
        for (String name : FILE_NAMES) {
            try (var files = Files.list(inputFolder)) {
                files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).equals(name)
                        // never a link leaving the input folder
                        && org.jixiao.ingest.InputFolder.isInside(inputFolder, p))
                        .sorted().findFirst().ifPresent(found::add);
            }
        }
        return found;
    }

    /** The roster of an input folder, {@link Roster#NONE} when it has none. */
    public static Roster read(Path inputFolder) {
        List<Path> found;
        try {
            found = files(inputFolder);
        } catch (java.io.IOException e) {
            return Roster.NONE; // the scan reports an unreadable input folder; the roster has nothing to add
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
        findings.add(W18RosterDuplicate.twoFiles(roster.file(), other));
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
        Set<Kind> kinds = RosterKinds.parse(row.get("应报类型"));
        Optional<Finding> refused = E09RosterRowInvalid.year(row.get("年度"), year, canonical, row.source())
                .or(() -> E09RosterRowInvalid.department(department, row.source()))
                .or(() -> E09RosterRowInvalid.kinds(row.get("应报类型"), kinds, canonical, row.source()));
        if (refused.isPresent()) {
            findings.add(refused.get());
            return null;
        }
        String raw = row.get("截止日期");
        LocalDate deadline = raw == null ? null : Values.date(raw);
        W19DeadlineUnreadable.check(raw, deadline, canonical, row.source()).ifPresent(findings::add);
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
            findings.add(W18RosterDuplicate.row(entry.source(), entry.year(), entry.department(), k, first.source().row(), first.deadline(),
                    entry.deadline()));
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

}
