package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import org.junit.jupiter.api.Test;

class MarksFontTest {

    private static byte[] font() {
        String path = Fonts.require(DefaultJasperReportsContext.getInstance()).getNormalFace().getTtf();
        return MarksFont.of(path, PageMarks.GLYPHS);
    }

    @Test
    void theCutFontHasEveryGlyphTheMarksPrintUnderAnAsciiName() throws Exception {
        byte[] ttf = font();
        assertThat(ttf.length).as("a score of glyphs, not 9 MB").isLessThan(64 * 1024);
        BaseFont f = BaseFont.createFont(MarksFont.NAME + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
        assertThat(f.getPostscriptFontName()).isEqualTo(MarksFont.NAME);
        PageMarks.GLYPHS.codePoints().forEach(c -> assertThat(f.charExists(c)).as(Character.toString(c)).isTrue());
        assertThat(f.charExists('绩')).as("nothing beyond the marks").isFalse();
        assertThat(f.getWidthPoint("第 1 页 共 9 页", 8)).isGreaterThan(30);
    }

    @Test
    void theCutFontIsLaidOutAsTrueTypeRequires() {
        byte[] ttf = font();
        ByteBuffer b = ByteBuffer.wrap(ttf);
        int n = b.getShort(4);
        String previous = "";
        for (int i = 0; i < n; i++) {
            int at = 12 + 16 * i;
            String tag = new String(ttf, at, 4, StandardCharsets.ISO_8859_1);
            int offset = b.getInt(at + 8);
            int length = b.getInt(at + 12);
            assertThat(tag).as("tables in tag order").isGreaterThan(previous);
            previous = tag;
            assertThat(offset % 4).as(tag + " aligned").isZero();
            if (!tag.equals("head")) {
                assertThat(b.getInt(at + 4)).as(tag + " checksum").isEqualTo(sum(ttf, offset, length));
            }
        }
        assertThat(sum(ttf, 0, ttf.length)).as("whole-font checksum").isEqualTo((int) 0xB1B0AFBAL);
    }

    private static int sum(byte[] data, int from, int length) {
        long s = 0;
        for (int i = 0; i < length; i += 4) {
            long word = 0;
            for (int k = 0; k < 4; k++) {
                word = (word << 8) | (i + k < length ? data[from + i + k] & 0xff : 0);
            }
            s += word;
        }
        return (int) s;
    }
}
