package org.jixiao.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Streaming workbooks for generated filings: SXSSF keeps a window of rows in memory and spills the
 * rest to a temporary file, so a big department never sits in the heap. Shared strings as Excel
 * writes them; a fixed creation date, so the same seed gives the same bytes.
 */
final class Workbooks {

    private static final Date CREATED = Date.from(Instant.parse("2025-01-01T00:00:00Z"));

    private Workbooks() {
    }

    /** @param window rows kept in memory per sheet; a form needs all of one project's rows (it merges back up) */
    static SXSSFWorkbook create(int window) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), window, true, true);
        var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        properties.setCreated(Optional.of(CREATED));
        properties.setCreator("jixiao generate");
        return workbook;
    }

    static void write(SXSSFWorkbook workbook, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
