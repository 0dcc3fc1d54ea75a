package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfMarkersTest {

    /** The tags a scan reports, as text. */
    private static List<String> tags(String pdf) {
        byte[] b = pdf.getBytes(StandardCharsets.ISO_8859_1);
        List<String> found = new ArrayList<>();
        PdfMarkers.scan(b, 0, b.length, new PdfMarkers.Visitor() {
            @Override
            public void date(int digits) {
                found.add("date@" + new String(b, digits, 14, StandardCharsets.ISO_8859_1));
            }

            @Override
            public void tag(int letters) {
                found.add(new String(b, letters, 6, StandardCharsets.ISO_8859_1));
            }

            @Override
            public void id(int start, int end, int first, int firstLength, int second, int secondLength) {
                found.add("id");
            }
        });
        return found;
    }

    private static String stream(String dictionary, String data) {
        return "5 0 obj\n<<" + dictionary + ">>stream\n" + data + "\nendstream\nendobj\n";
    }

    @Test
    void findsMarkersInDictionariesAndJumpsOverStreamData() {
        String data = "BT /F1 9 Tf (/BaseFont /QQQQQQ+Fake) Tj ET";
        String pdf = "1 0 obj\n<</Type/Font/BaseFont/ABCDEF+NotoSansHans-Regular>>\nendobj\n"
                + stream("/Length " + data.length() + "/Filter/FlateDecode", data)
                + "2 0 obj\n<</FontName/BCDEFG+NotoSansHans-Medium/Length1 300>>\nendobj\n"
                + "3 0 obj\n<</CreationDate(D:20260121093000+08'00')>>\nendobj\n"
                + "trailer\n<</ID [<0A1B><0A1B>]>>\n";
        assertThat(tags(pdf)).containsExactly("ABCDEF", "BCDEFG", "date@20260121093000", "id");
    }

    @Test
    void scansStreamDataWhenItsLengthCannotBeTrusted() {
        String data = "/BaseFont /QQQQQQ+Inside";
        // an indirect length, a length that does not end at endstream: read byte by byte, as before
        assertThat(tags(stream("/Length 12 0 R", data))).containsExactly("QQQQQQ");
        assertThat(tags(stream("/Length 3", data))).containsExactly("QQQQQQ");
        // "stream" not after a dictionary is not a stream
        assertThat(tags("/Length 3 stream\n/BaseFont /RRRRRR+X")).containsExactly("RRRRRR");
    }

    @Test
    void aStreamRunningPastTheEndOfWhatIsScannedIsReadByteByByte() {
        String pdf = stream("/Length 500", "/BaseFont /SSSSSS+Cut");
        assertThat(tags(pdf.substring(0, pdf.indexOf("endstream")))).containsExactly("SSSSSS");
    }
}
