package org.jixiao.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jixiao.filing.Departments;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Sha256;
import org.jixiao.filing.SourceRef;
import org.jixiao.roster.Received;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What a night holds of each department's filing of a kind and 年度 ({@link Received}): its projects
 * accepted and refused and their 错误, from the night's projects; and — history by design — when the
 * nights on the input folder first held it and when its projects last changed ({@code jx_received}).
 *
 * <p>A filing is first received on the run date of the first night on the input folder that held it (a
 * night runs daily, so that is the day it came, to a day). Filings already in the folder on the first
 * night jixiao ran on it have no known date: a fresh run cannot know when they came, and never judges
 * them late. A filing last changed on the run date of the night its projects (their keys and contents)
 * were last other than the night before's that held it. Everything else a night publishes is a function
 * of its folder; these two dates are not, by design.
 */
@Repository
public class ReceivedStore {

    private final JdbcTemplate jdbc;

    public ReceivedStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A project of the night with a readable 年度 and 主管部门, as the filing it belongs to sees it. */
    private record Part(int year, Kind kind, String department, String region, String path, String sheet, int firstRow,
            int firstSeq, boolean published, String key, String digest) {
    }

    /** One filing of the night: its projects in path order, its 错误 count. */
    private static final class Filing {
        final List<Part> parts = new ArrayList<>();
        int errors;
    }

    /**
     * The night's filings with their dates, one per 年度, kind and department (by {@link Departments#key}),
     * recording the dates of those not seen before and of those changed since. To be called once per night
     * with its run date; {@code firstNight} when no earlier night on the input folder resolved its filings.
     */
    public List<Received> received(long runId, String inputDir, LocalDate runDate, boolean firstNight) {
        Map<String, Filing> filings = filings(runId);
        Map<String, Dates> known = known(inputDir);
        List<Received> received = new ArrayList<>();
        for (Map.Entry<String, Filing> e : filings.entrySet()) {
            Filing f = e.getValue();
            Part first = f.parts.get(0);
            String digest = digest(f.parts);
            Dates d = known.get(e.getKey());
            if (d == null) {
                d = new Dates(firstNight ? null : runDate, firstNight ? null : runDate, digest);
                jdbc.update("""
                        INSERT INTO jx_received (input_dir, budget_year, kind, department, first_run, first_date, digest, changed_run,
                          changed_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", inputDir, first.year(), first.kind().code(),
                        Departments.key(first.department()), runId, date(d.first()), digest, runId, date(d.changed()));
            } else if (!d.digest().equals(digest)) {
                d = new Dates(d.first(), runDate, digest);
                jdbc.update("""
                        UPDATE jx_received SET digest = ?, changed_run = ?, changed_date = ?
                        WHERE input_dir = ? AND budget_year = ? AND kind = ? AND department = ?""", digest, runId, date(runDate), inputDir,
                        first.year(), first.kind().code(), Departments.key(first.department()));
            }
            int accepted = (int) f.parts.stream().filter(Part::published).count();
            String region = f.parts.stream().map(Part::region).filter(r -> r != null).findFirst().orElse(Departments.regionOf(first.department()));
            received.add(new Received(first.year(), first.kind(), region, first.department(),
                    new SourceRef(first.path(), first.sheet(), first.firstRow()), d.first(), d.changed(), accepted, f.parts.size() - accepted,
                    f.errors));
        }
        return received;
    }

    private record Dates(LocalDate first, LocalDate changed, String digest) {
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    /** The night's projects grouped into filings, each filing's projects in path and filing order. */
    private Map<String, Filing> filings(long runId) {
        List<Part> parts = jdbc.query("""
                SELECT p.budget_year, p.kind, p.department, p.region, np.path, p.sheet, p.first_row, p.first_seq, np.status, p.project_key,
                  p.digest
                FROM jx_night_project np JOIN jx_project p ON p.project_id = np.project_id
                WHERE np.run_id = ? AND p.budget_year IS NOT NULL AND p.department IS NOT NULL""",
                (rs, n) -> new Part(rs.getInt(1), Kind.ofCode(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7), rs.getInt(8), ProjectStatus.imported(rs.getString(9)), rs.getString(10), rs.getString(11)),
                runId);
        Map<String, Filing> filings = new LinkedHashMap<>();
        parts.stream().sorted(Comparator.comparing(Part::path).thenComparingInt(Part::firstSeq))
                .forEach(p -> filings.computeIfAbsent(key(p.year(), p.kind(), p.department()), k -> new Filing()).parts.add(p));
        // 错误 on the filing's projects: a content's own, under each path that holds it, and the night's E07 on the copy it refused
        jdbc.query("""
                SELECT p.budget_year, p.kind, p.department, COUNT(*) FROM jx_night_project np
                JOIN jx_project p ON p.project_id = np.project_id
                JOIN jx_finding f ON f.file_id = p.file_id AND f.project_key = p.project_key
                WHERE np.run_id = ? AND p.budget_year IS NOT NULL AND p.department IS NOT NULL AND f.severity = '错误'
                  AND (f.night_run_id IS NULL OR f.night_run_id = np.run_id AND f.night_part IS NULL AND f.file = np.path)
                GROUP BY p.budget_year, p.kind, p.department""", rs -> {
                    Filing f = filings.get(key(rs.getInt(1), Kind.ofCode(rs.getString(2)), rs.getString(3)));
                    if (f != null) {
                        f.errors += rs.getInt(4);
                    }
                }, runId);
        return filings;
    }

    private static String key(int year, Kind kind, String department) {
        return year + "|" + kind.code() + "|" + Departments.key(department);
    }

    /** What a filing holds, for telling a change: its projects' keys and contents, wherever they are filed. */
    private static String digest(List<Part> parts) {
        TreeSet<String> projects = new TreeSet<>();
        parts.forEach(p -> projects.add(p.key() + "\u001F" + p.digest()));
        Sha256 sha = new Sha256();
        projects.forEach(sha::add);
        return sha.hex();
    }

    /** The dates known for the input folder's filings, by filing. */
    private Map<String, Dates> known(String inputDir) {
        Map<String, Dates> known = new HashMap<>();
        jdbc.query("SELECT budget_year, kind, department, first_date, changed_date, digest FROM jx_received WHERE input_dir = ?", rs -> {
            Date first = rs.getDate(4);
            Date changed = rs.getDate(5);
            known.put(rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getString(3), new Dates(first == null ? null : first.toLocalDate(),
                    changed == null ? null : changed.toLocalDate(), rs.getString(6)));
        }, inputDir);
        return known;
    }
}
