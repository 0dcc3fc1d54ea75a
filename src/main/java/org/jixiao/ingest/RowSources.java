package org.jixiao.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.jixiao.findings.Rule;

/** Opens a filing by its extension: .csv as flat CSV, .xlsx/.xlsm as a workbook. */
public final class RowSources {

    private RowSources() {
    }

    /** Whether a file in the input folder is a filing jixiao reads. */
    public static boolean isFiling(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith("~$") || name.startsWith(".")) {
            return false;
        }
        return name.endsWith(".csv") || name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
    }

    /**
     * @param path the file
     * @param file its name as findings show it (relative to the input folder)
     */
    public static RowSource open(Path path, String file) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return new GuardedRowSource(name.endsWith(".csv") ? new CsvRowSource(path, file) : new XlsxRowSource(path, file), file);
    }

    /**
     * Opens the filing a name of {@link InputFolder#list} stands for, checked again to lie inside the
     * input folder: a file replaced by a link leaving the folder since the listing is not read, and
     * says so.
     */
    public static RowSource openInside(Path input, String name) {
        try {
            return open(InputFolder.resolve(input, name), name);
        } catch (InputFolder.OutsideException e) {
            return GuardedRowSource.failed(new SourceProblem(Rule.FILE_UNREADABLE, "", 0, "", e.getMessage(), 0));
        } catch (IOException e) {
            return GuardedRowSource.failed(new SourceProblem(Rule.FILE_UNREADABLE, "", 0, "",
                    "文件无法打开（权限不足、已被移走或磁盘错误），未读取", 0));
        }
    }
}
