package org.jixiao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Number formats as the styles part defines them for cells. */
class CellTextTest {

    @Test
    void aConditionalFormatReusingAnIdDoesNotRedefineTheCellsFormat() throws IOException {
        String styles = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                  <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy/m/d"/></numFmts>
                  <cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs>
                  <dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="0.00%"/></dxf></dxfs>
                </styleSheet>""";
        CellText text = CellText.read(new ByteArrayInputStream(styles.getBytes(StandardCharsets.UTF_8)));
        // 45000 is 2023-03-15 as an Excel date
        assertThat(text.numeric("45000", 1)).isEqualTo("2023-03-15");
        assertThat(text.numeric("45000", 0)).isEqualTo("45000");
    }
}
