package org.jixiao.findings;

import org.jixiao.filing.SourceRef;

/**
 * One finding, located: file (relative to the input folder), sheet, row (0 when it concerns the
 * whole file or sheet), column, and — once known — the 主管部门 and 项目名称 it concerns.
 */
public record Finding(
        Rule rule,
        String file,
        String sheet,
        int row,
        String column,
        String department,
        String project,
        String message) {

    /**
     * Every field within what the store and a spreadsheet cell hold. Messages quote filed text
     * shortened already ({@code Text.shown}); this is the net under them, so no finding can fail the
     * night or the findings table, whatever was filed.
     */
    public Finding {
        file = cut(file, 1000);
        sheet = cut(sheet, 100);
        column = cut(column, 200);
        department = cut(department, 200);
        project = cut(project, 200);
        message = cut(message, 4000);
    }

    private static String cut(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end) + "…";
    }

    public Severity severity() {
        return rule.severity();
    }

    public static Finding at(Rule rule, SourceRef where, String column, String message) {
        return new Finding(rule, where.file(), where.sheet(), where.row(), column, null, null, message);
    }

    /** The same finding attributed to a project. */
    public Finding about(String department, String project) {
        return new Finding(rule, file, sheet, row, column, department, project, message);
    }
}
