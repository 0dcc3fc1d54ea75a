package org.jixiao.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.filing.Column;
import org.jixiao.filing.Kind;
import org.jixiao.ingest.RawRow;

/** Writes a filing as a flat CSV the way Excel saves one: CRLF lines, RFC 4180 quoting, UTF-8 with or without BOM, or GB18030. */
final class CsvFiling {

    private CsvFiling() {
    }

    static void write(Path target, Shape shape, Kind kind, Style style, List<List<RawRow>> projects) throws IOException {
        List<Column> columns = FlatColumns.of(kind, style);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(target), shape.charset()), 1 << 16)) {
            if (shape == Shape.CSV_UTF8_BOM) {
                out.write('\uFEFF');
            }
            for (int i = 0; i < columns.size(); i++) {
                field(out, i, FlatColumns.header(columns.get(i), style));
            }
            out.write("\r\n");
            for (List<RawRow> project : projects) {
                for (RawRow row : project) {
                    for (int i = 0; i < columns.size(); i++) {
                        field(out, i, row.get(columns.get(i)));
                    }
                    out.write("\r\n");
                }
            }
        }
    }

    private static void field(Writer out, int index, String value) throws IOException {
        if (index > 0) {
            out.write(',');
        }
        if (value == null) {
            return;
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            out.write('"');
            out.write(value.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(value);
        }
    }
}
