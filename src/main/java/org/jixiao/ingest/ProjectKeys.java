package org.jixiao.ingest;

import org.jixiao.filing.Column;
import org.jixiao.filing.Departments;
import org.jixiao.filing.Sha256;
import org.jixiao.filing.Text;

/**
 * Assigns each row of one file to a project: rows with the same (年度, 主管部门, 项目编码 or 项目名称)
 * are one project. A row whose identity cells each repeat the row above or are blank continues the
 * project above it ("a blank repeats the first", filings.md §3), as merged cells in a spreadsheet do:
 * a row with 项目编码 and 项目名称 blank, or one that gives the same 项目名称 and leaves the 项目编码 blank.
 * Its blank identity cells are filled in from that row, so its key is the project's. A row with neither
 * 项目编码 nor 项目名称 whose other project columns say something else than the row above (another
 * amount, another goal) is not a continuation but a project whose name is missing: it starts a project
 * of its own, which the rows after it continue, and is rejected once for its missing name rather than
 * taken into the project above as conflicts that would reject that one too.
 */
public final class ProjectKeys {

    private static final Column[] IDENTITY = {Column.年度, Column.主管部门, Column.项目编码, Column.项目名称};
    /** The other project-level columns: a continuation row leaves them blank or repeats them. */
    private static final Column[] PROJECT_COLUMNS = java.util.Arrays.stream(Column.values())
            .filter(c -> c.level() == Column.Level.PROJECT && !java.util.Arrays.asList(IDENTITY).contains(c)).toArray(Column[]::new);

    private String[] previous;
    private String previousSheet;
    private String previousKey;
    private org.jixiao.filing.Kind previousKind;

    /** Fills a continuation row's identity in place and returns the row's project key. */
    public String assign(RawRow row) {
        String[] cells = row.cells();
        String sheet = row.source().sheet();
        if (previous != null && sheet.equals(previousSheet) && continues(cells)) {
            for (Column c : IDENTITY) {
                if (cells[c.ordinal()] == null) {
                    cells[c.ordinal()] = previous[c.ordinal()];
                }
            }
        }
        if (previous != null && sameIdentity(previous, cells) && previousKey != null && row.kind() == previousKind) {
            previous = cells;
            previousSheet = sheet;
            return previousKey;
        }
        previous = cells;
        previousSheet = sheet;
        previousKind = row.kind();
        previousKey = keyOf(row);
        return previousKey;
    }

    /** The key depends on these cells only: when they repeat the row above, so does the key. */
    private static boolean sameIdentity(String[] a, String[] b) {
        for (Column c : IDENTITY) {
            if (!java.util.Objects.equals(a[c.ordinal()], b[c.ordinal()])) {
                return false;
            }
        }
        return true;
    }

    private boolean continues(String[] cells) {
        for (Column c : IDENTITY) {
            if (!sameOrBlank(cells, c)) {
                return false;
            }
        }
        if (cells[Column.项目编码.ordinal()] != null || cells[Column.项目名称.ordinal()] != null) {
            return true;
        }
        for (Column c : PROJECT_COLUMNS) {
            if (!sameOrBlank(cells, c)) {
                return false;
            }
        }
        return true;
    }

    private boolean sameOrBlank(String[] cells, Column c) {
        String v = cells[c.ordinal()];
        return v == null || Text.squeeze(v).equals(Text.squeeze(previous[c.ordinal()]));
    }

    /** Project key of a row; a row with neither 项目编码 nor 项目名称 is a project of its own. */
    public static String keyOf(RawRow row) {
        String code = row.get(Column.项目编码);
        String name = row.get(Column.项目名称);
        Integer year = Values.year(row.get(Column.年度));
        String y = year != null ? year.toString() : Text.squeeze(row.get(Column.年度));
        String project;
        if (code != null) {
            project = "#" + Text.squeeze(code);
        } else if (name != null) {
            project = Text.squeeze(name);
        } else {
            project = "?" + row.source().sheet() + "!" + row.source().row();
        }
        return bounded(row.kind().code() + "|" + y + "|" + Departments.key(row.get(Column.主管部门)) + "|" + project);
    }

    /** Longest key kept as it is; the store's key columns hold 2,000 characters. */
    static final int MAX_KEY = 500;

    /**
     * A key within {@link #MAX_KEY} characters: a longer one (a name or year cell of pasted text, whose
     * project the checks refuse) becomes its start and a digest of the whole, so equal keys stay equal
     * and the store never sees a key it cannot hold.
     */
    static String bounded(String key) {
        if (key.length() <= MAX_KEY) {
            return key;
        }
        java.security.MessageDigest md = Sha256.newDigest();
        md.update(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return key.substring(0, 200) + "…#" + Sha256.hex(md);
    }
}
