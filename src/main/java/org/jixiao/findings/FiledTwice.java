package org.jixiao.findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * E07, a rule over a whole night: the same project (年度, 主管部门, 项目编码 or else 项目名称, and kind)
 * in two files of the input folder is filed twice. The copy in the first file in path order is the
 * one published, whatever it holds; every later copy is rejected, naming where the first is. Only the
 * files in the folder tonight count, so a project moved from one file to another is never a duplicate
 * of its own earlier version.
 */
public final class FiledTwice {

    /**
     * A project as filed tonight: where ({@code path}, sheet, first row), its key (as the import assigns
     * it: kind|年度|主管部门|#编码 or 名称), and the 主管部门 and 项目名称 to name in a finding.
     */
    public record Copy(String path, String key, String sheet, int row, String department, String name) {
    }

    /** A copy the night does not publish, and the finding that says why. */
    public record Rejected(Copy copy, Finding finding) {
    }

    private FiledTwice() {
    }

    /**
     * The later copies of every project filed more than once, given every project of the night in
     * path order and, within a file, filing order.
     */
    public static List<Rejected> check(List<Copy> night) {
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
                // the import keeps one project per key and file: a second copy inside one file is its own rule
                first.put(c.key(), earlier);
            }
        }
        return rejected;
    }

    /** A project without 项目编码 and 项目名称 is keyed by its place, rejected already, and the same as nothing. */
    private static boolean unnamed(String key) {
        int cut = key.lastIndexOf('|');
        return cut >= 0 && key.startsWith("?", cut + 1);
    }

    private static Finding finding(Copy copy, Copy first) {
        int cut = copy.key().lastIndexOf('|');
        boolean byCode = cut >= 0 && copy.key().startsWith("#", cut + 1);
        return new Finding(Rule.PROJECT_DUPLICATE, copy.path(), copy.sheet(), copy.row(), "项目名称", copy.department(), copy.name(),
                "同一项目（年度、主管部门、项目" + (byCode ? "编码" : "名称") + "相同）已在「" + first.path() + "」第" + first.row()
                        + "行报送；以先读到的为准，此处未导入");
    }
}
