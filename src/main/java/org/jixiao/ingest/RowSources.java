package org.jixiao.ingest;

import java.nio.file.Path;
import java.util.Locale;

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
        return name.endsWith(".csv") ? new CsvRowSource(path, file) : new XlsxRowSource(path, file);
    }
}
