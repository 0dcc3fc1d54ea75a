package org.jixiao.ingest;

import java.util.List;

/**
 * Reads a sheet laid out as the printed 申报表 or 自评表 (filings.md §2, shape 3) into the same rows
 * a flat table would give.
 */
final class FormSheets {

    /** The rows read from a form, or why the sheet is not one. */
    record Result(List<SourceItem> items, String missing) {
        boolean recognised() {
            return items != null;
        }
    }

    private FormSheets() {
    }

    static Result read(String file, SheetGrid grid) {
        return new Result(null, "未找到申报表或自评表的版式（尚不支持读取表单版式的工作表）");
    }
}
