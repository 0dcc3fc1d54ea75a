package org.jixiao.ingest;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A whole (small) sheet held for layout reading: its non-blank rows and merged ranges. Only sheets
 * that are not flat tables are held like this, and only up to {@link #MAX_ROWS} rows: a printed
 * form is one project, a few pages long.
 */
record SheetGrid(String sheet, List<SheetCursor.SheetRow> rows, List<CellRangeAddress> merged) {

    static final int MAX_ROWS = 2000;
}
