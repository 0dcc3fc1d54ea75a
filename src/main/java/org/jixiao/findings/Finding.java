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
