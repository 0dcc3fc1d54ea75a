package org.jixiao.filing;

/** Where a value came from: the input file (relative to the input folder), sheet and row (1-based, as Excel shows it). */
public record SourceRef(String file, String sheet, int row) {

    /** {@code 松江.csv 第12行} or {@code 嘉定.xlsx [Sheet1] 第12行}. */
    public String describe() {
        String where = sheet == null || sheet.isEmpty() ? file : file + " [" + sheet + "]";
        return row > 0 ? where + " 第" + row + "行" : where;
    }
}
