package org.jixiao.findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.filing.Text;

/**
 * E07 同一项目重复报送 (错误): the same project (年度, 主管部门, 项目编码 or else 项目名称, and kind) filed
 * twice is published once, from the copy read first; every later copy is rejected whole, naming where
 * the first is, never merged into it with its indicators doubled.
 *
 * <p>Across files it is a rule over a whole night ({@link #acrossFiles}): the first file in path order
 * wins. Only the files in the folder tonight count, so a project moved from one file to another is
 * never a duplicate of its own earlier version. Within one workbook (a sheet copied, a form printed
 * twice) the reader meets the copy as it reads ({@code ingest/WorkbookDuplicates}, keyed as the import
 * keys projects) — its rows must never reach the import — and this class says it ({@link #inWorkbook});
 * rows of one project interrupted by another's in the same flat sheet are still one project
 * (filings.md §3).
 */
public final class E07ProjectDuplicate {

    private static final Rule RULE = Rule.PROJECT_DUPLICATE;

    /**
     * A project as filed tonight: where ({@code path}, sheet, first row), its key (as the import assigns
     * it: kind|年度|主管部门|#编码 or 名称), and the 主管部门 and 项目名称 to name in a finding.
     */
    public record Copy(String path, String key, String sheet, int row, String department, String name) {
    }

    /** A copy the night does not publish, and the finding that says why. */
    public record Rejected(Copy copy, Finding finding) {
    }

    private E07ProjectDuplicate() {
    }

    /**
     * The later copies of every project filed in more than one file, given every project of the night
     * in path order and, within a file, filing order.
     */
    public static List<Rejected> acrossFiles(List<Copy> night) {
        Map<String, Copy> first = new HashMap<>();
        List<Rejected> rejected = new ArrayList<>();
        for (Copy c : night) {
            if (unnamed(c.key())) {
                continue;
            }
            Copy earlier = first.putIfAbsent(c.key(), c);
            if (earlier != null && !earlier.path().equals(c.path())) {
                rejected.add(new Rejected(c, finding(c, earlier)));
            } else if (earlier != null) {
                // the import keeps one project per key and file: a second copy inside one file is said while reading it
                first.put(c.key(), earlier);
            }
        }
        return rejected;
    }

    /**
     * A copy met again in a later sheet or form of the workbook being read, rejected with its rows.
     *
     * @param sheet      the copy's sheet
     * @param row        its first row
     * @param code       its 项目编码, null when it has none
     * @param name       its 项目名称
     * @param firstSheet the sheet of the project's first occurrence
     * @param firstRow   that occurrence's first row
     * @param rows       the copy's rows, none imported
     */
    public static FileFinding inWorkbook(String sheet, int row, String code, String name, String firstSheet, int firstRow, int rows) {
        String what = code != null ? "项目编码「" + Text.shown(code) + "」" : "项目「" + Text.shown(name) + "」";
        String where = sheet.equals(firstSheet) ? "本表第" + firstRow + "行" : "工作表「" + firstSheet + "」第" + firstRow + "行";
        return new FileFinding(RULE, sheet, row, "项目名称", "工作表「" + sheet + "」第" + row + "行起的" + what + "（年度、主管部门、"
                + (code != null ? "项目编码" : "项目名称") + "相同）在本工作簿中已于" + where + "报送；以先出现的为准，此处" + rows
                + "行未导入（复制的工作表或表单请删除）");
    }

    /** A project without 项目编码 and 项目名称 is keyed by its place, rejected already, and the same as nothing. */
    private static boolean unnamed(String key) {
        int cut = key.lastIndexOf('|');
        return cut >= 0 && key.startsWith("?", cut + 1);
    }

    private static Finding finding(Copy copy, Copy first) {
        int cut = copy.key().lastIndexOf('|');
        boolean byCode = cut >= 0 && copy.key().startsWith("#", cut + 1);
        return new Finding(RULE, copy.path(), copy.sheet(), copy.row(), "项目名称", copy.department(), copy.name(),
                "同一项目（年度、主管部门、项目" + (byCode ? "编码" : "名称") + "相同）已在「" + first.path() + "」第" + first.row()
                        + "行报送；以先读到的为准，此处未导入");
    }
}
