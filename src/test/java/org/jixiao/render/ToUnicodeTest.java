package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import org.junit.jupiter.api.Test;

/** The ToUnicode CMaps the binder writes and reads back: its own, and OpenPDF's in the parts Jasper exports. */
class ToUnicodeTest {

    @Test
    void readsBackWhatItWritesForGlyphsOfEveryPlane() {
        Random random = new Random(18);
        for (int round = 0; round < 200; round++) {
            SortedMap<Integer, String> text = new TreeMap<>();
            int n = random.nextInt(350);
            for (int i = 0; i < n; i++) {
                int codePoint = random.nextInt(10) == 0 ? 0x20000 + random.nextInt(0x2000) : 0x20 + random.nextInt(0xD700);
                String shown = new String(Character.toChars(codePoint)) + (random.nextInt(20) == 0 ? "ﬁ" : "");
                text.put(random.nextInt(0x10000), shown);
            }
            assertThat(ToUnicode.parse(ToUnicode.cmap(text))).isEqualTo(text);
        }
    }

    @Test
    void readsRangesWrittenWithOrWithoutSpacesAndSkipsWhatIsNoGlyphCode() {
        String cmap = """
                /CIDInit /ProcSet findresource begin 12 dict begin begincmap
                1 begincodespacerange <0000> <FFFF> endcodespacerange
                2 beginbfrange
                <0003><0003><0020>
                <0010> <0012> <4E00>
                endbfrange
                3 beginbfchar
                <0020> <0041>
                <12345> <0042>
                <0021> <D840DC00>
                endbfchar
                1 beginbfrange <0030> <0031> [<0061> <0062>] endbfrange
                endcmap CMapName currentdict /CMap defineresource pop end end
                """;
        assertThat(ToUnicode.parse(cmap.getBytes(StandardCharsets.ISO_8859_1))).containsExactly(Map.entry(0x03, " "),
                Map.entry(0x10, "一"), Map.entry(0x11, "丁"), Map.entry(0x12, "丂"), Map.entry(0x20, "A"), Map.entry(0x21, "𠀀"));
    }

    @Test
    void anEarlierPartKeepsItsTextAndTheLastMappingOfOneCmapCounts() {
        Map<Integer, String> text = new HashMap<>(Map.of(5, "x"));
        String cmap = "3 beginbfchar\n<0005> <0041>\n<0006> <0042>\n<0006> <0043>\nendbfchar\n";
        ToUnicode.addTo(cmap.getBytes(StandardCharsets.ISO_8859_1), text);
        assertThat(text).containsExactlyInAnyOrderEntriesOf(Map.of(5, "x", 6, "C"));
    }

    @Test
    void readsTheCmapOpenPdfWritesForTheReportFont() throws Exception {
        String path = Fonts.require(DefaultJasperReportsContext.getInstance()).getNormalFace().getTtf();
        BaseFont font = BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                ReportFonts.class.getClassLoader().getResourceAsStream(path).readAllBytes(), null);
        String written = "绩效目标申报表 2025年度 802.32万元（项目支出）";
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, pdf);
        document.open();
        document.add(new Paragraph(written, new Font(font, 12)));
        document.close();

        PdfReader reader = new PdfReader(pdf.toByteArray());
        PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        PdfDictionary type0 = fonts.getAsDict(fonts.getKeys().iterator().next());
        byte[] cmap = PdfReader.getStreamBytes((PRStream) PdfReader.getPdfObject(type0.get(PdfName.TOUNICODE)));
        SortedMap<Integer, String> text = ToUnicode.parse(cmap);
        assertThat(String.join("", text.values()).chars().distinct().sorted().toArray())
                .isEqualTo(written.chars().distinct().sorted().toArray());
    }
}
