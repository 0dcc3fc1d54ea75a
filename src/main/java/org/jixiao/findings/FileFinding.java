package org.jixiao.findings;

/**
 * A finding made while a file is read, before its path is put to it: the rule, where in the file
 * (sheet, "" in a CSV; row, 0 for the whole file or sheet; column) and the message. The readers meet
 * what is wrong; the rule's class ({@link F01FileUnreadable} … {@link F13EncodingMismatch}, and
 * {@link E03NameMissing} and {@link E07ProjectDuplicate} for what a reader sees of a whole form or
 * sheet) says it; whoever knows the file's path makes the {@link Finding}.
 */
public record FileFinding(Rule rule, String sheet, int row, String column, String message) {

    /** The finding, in the file named as findings show it (relative to the input folder). */
    public Finding in(String file) {
        return new Finding(rule, file, sheet, row, column, null, null, message);
    }

    /** {@code 工作表「名称」}, or nothing in a CSV, as messages begin. */
    static String sheetOf(String sheet) {
        return sheet.isEmpty() ? "" : "工作表「" + sheet + "」";
    }
}
