package org.jixiao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.junit.jupiter.api.Test;

/** jixiao's shared-string list reads every item as POI's own table does. */
class SharedStringListTest {

    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="7" uniqueCount="7">
            <si><t>项目名称</t></si>
            <si><t xml:space="preserve">  前后有空格  </t></si>
            <si><r><rPr><b/></rPr><t>加粗</t></r><r><t>与普通</t></r></si>
            <si><t>读音</t><rPh sb="0" eb="2"><t>ドクオン</t></rPh></si>
            <si><t>第一行_x000D__x000A_第二行，下划线_x005F_保留</t></si>
            <si><t/></si>
            <si><t>含&lt;尖括号&gt;与&amp;</t></si>
            </sst>""";

    @Test
    void readsEachItemAsPoiDoes() throws IOException {
        List<String> ours = SharedStringList.read(stream());
        SharedStringsTable poi = new SharedStringsTable();
        poi.readFrom(stream());
        List<String> theirs = new ArrayList<>();
        for (int i = 0; i < poi.getUniqueCount(); i++) {
            theirs.add(poi.getItemAt(i).getString());
        }
        assertThat(ours).hasSize(7).containsExactlyElementsOf(theirs);
        assertThat(ours.get(2)).isEqualTo("加粗与普通");
        assertThat(ours.get(3)).isEqualTo("读音");
        assertThat(ours.get(4)).isEqualTo("第一行\r\n第二行，下划线_保留");
    }

    @Test
    void aWorkbookWithoutSharedStringsHasNone() throws IOException {
        assertThat(SharedStringList.read(null)).isEmpty();
    }

    private static ByteArrayInputStream stream() {
        return new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8));
    }
}
