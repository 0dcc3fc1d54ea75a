package org.jixiao.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jixiao.filing.Column;
import org.jixiao.filing.Kind;
import org.jixiao.ingest.RawRow;

/** Writes a filing as printed forms, one project a sheet (the layouts of seeds 002/004 and 003), in the department's variant. */
final class FormXlsxFiling {

    /** Rows kept in memory per sheet: a whole form, since its writer merges and labels back up the table. */
    private static final int WINDOW = 1000;

    private FormXlsxFiling() {
    }

    static void write(Path target, Kind kind, Style style, List<List<RawRow>> projects) throws IOException {
        SXSSFWorkbook workbook = Workbooks.create(WINDOW);
        int n = 0;
        for (List<RawRow> rows : projects) {
            String sheet = ++n + "-" + rows.get(0).get(Column.项目名称);
            if (kind == Kind.TARGETS) {
                TargetsFormWriter.write(workbook, sheet, rows, style.form());
            } else {
                SelfEvaluationFormWriter.write(workbook, sheet, rows, style.form());
            }
            // Flush each form as it is done: SXSSF would otherwise flush all sheets at the end in hash
            // order, and the shared strings (numbered as rows are flushed) would differ run to run.
            ((SXSSFSheet) workbook.getSheetAt(workbook.getNumberOfSheets() - 1)).flushRows();
        }
        Workbooks.write(workbook, target);
    }
}
