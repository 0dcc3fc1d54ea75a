package org.jixiao.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jixiao.filing.Table;
import org.jixiao.filing.TableColumn;

/**
 * Writes a {@link Table} as CSV for open-data publication: UTF-8 with a BOM (so Excel shows the
 * Chinese correctly), CRLF, RFC 4180 quoting, numbers without thousands separators, and text that
 * could run as a formula neutralised with a leading apostrophe.
 */
public final class CsvTables {

    private CsvTables() {
    }

    public static OutputFolder.Written write(OutputFolder folder, Path target, Table table) throws IOException {
        return folder.write(target, out -> writeTo(out, table));
    }

    public static void writeTo(OutputStream out, Table table) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        String[] header = table.columns().stream().map(Cells::csvHeader).toArray(String[]::new);
        line(w, header);
        try {
            table.rows().forEach(row -> {
                String[] cells = new String[row.length];
                for (int i = 0; i < row.length; i++) {
                    TableColumn.Type type = table.columns().get(i).type();
                    cells[i] = type == TableColumn.Type.TEXT ? text(row[i]) : Cells.plain(type, row[i]);
                }
                try {
                    line(w, cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
    }

    private static String text(Object value) {
        String s = value == null ? "" : value.toString();
        return Cells.looksLikeFormula(s) ? "'" + s : s;
    }

    private static void line(Writer w, String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            String c = cells[i];
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                w.write('"');
                w.write(c.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(c);
            }
        }
        w.write("\r\n");
    }
}
