package org.jixiao.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jixiao.filing.Table;
import org.jixiao.filing.TableColumn;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes a {@link Table} as CSV for open-data publication: UTF-8 with a BOM (so Excel shows the
 * Chinese correctly), CRLF, RFC 4180 quoting (only a cell holding a comma, a quote or a line break is
 * quoted: Jackson's strict check, since its default also quotes every cell with a space), numbers
 * without thousands separators, and text that could run as a formula neutralised with a leading
 * apostrophe.
 */
public final class CsvTables {

    private static final ObjectWriter ROWS = CsvMapper.builder()
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            // the stream belongs to OutputFolder, which closes it once the file is complete
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build()
            .writerFor(String[].class)
            .with(CsvSchema.emptySchema().withLineSeparator("\r\n"));

    private CsvTables() {
    }

    public static OutputFolder.Written write(OutputFolder folder, Path target, Table table) throws IOException {
        return folder.write(target, out -> writeTo(out, table));
    }

    public static void writeTo(OutputStream out, Table table) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        try (SequenceWriter lines = ROWS.writeValues(w)) {
            lines.write(table.columns().stream().map(Cells::csvHeader).toArray(String[]::new));
            table.rows().forEach(row -> {
                String[] cells = new String[row.length];
                for (int i = 0; i < row.length; i++) {
                    TableColumn.Type type = table.columns().get(i).type();
                    cells[i] = type == TableColumn.Type.TEXT ? text(row[i]) : Cells.plain(type, row[i]);
                }
                lines.write(cells);
            });
        } catch (JacksonException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        w.flush();
    }

    private static String text(Object value) {
        String s = value == null ? "" : value.toString();
        return Cells.looksLikeFormula(s) ? "'" + s : s;
    }
}
