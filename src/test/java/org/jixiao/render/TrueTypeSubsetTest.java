package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Map;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The subset of the report font a publication embeds: its glyphs at their indices, and a well-formed TrueType file. */
class TrueTypeSubsetTest {

    private static byte[] full;
    private static TrueTypeFont original;

    @BeforeAll
    static void read() throws IOException {
        String path = Fonts.require(DefaultJasperReportsContext.getInstance()).getNormalFace().getTtf();
        try (InputStream in = TrueTypeSubsetTest.class.getClassLoader().getResourceAsStream(path)) {
            full = in.readAllBytes();
        }
        original = new TTFParser().parse(new RandomAccessReadBuffer(full));
    }

    private static BitSet glyphsOf(String text) throws IOException {
        CmapLookup cmap = original.getUnicodeCmapLookup();
        BitSet glyphs = new BitSet();
        text.codePoints().forEach(c -> glyphs.set(cmap.getGlyphId(c)));
        return glyphs;
    }

    @Test
    void everyGlyphAskedForIsThereWithItsOutlineAndWidthAndTheMapLeadsItsCidToIt() throws IOException {
        BitSet wanted = glyphsOf("第页共 0123456789征求意见稿绩效目标");
        TrueTypeSubset.Cut cut = new TrueTypeSubset(full).cut(wanted);
        assertThat(cut.ttf().length).as("a score of glyphs, not 9 MB").isLessThan(16 * 1024);
        ByteBuffer map = ByteBuffer.wrap(cut.cidToGid());
        // parsed as PDF readers parse an embedded font: no name or cmap table needed
        try (TrueTypeFont subset = new TTFParser(true).parse(new RandomAccessReadBuffer(cut.ttf()))) {
            assertThat(subset.getNumberOfGlyphs()).isEqualTo(cut.glyphs().cardinality());
            for (int cid = wanted.nextSetBit(0); cid >= 0; cid = wanted.nextSetBit(cid + 1)) {
                int gid = map.getShort(2 * cid) & 0xffff;
                assertThat(gid).as("CID %d", cid).isPositive();
                GlyphData was = original.getGlyph().getGlyph(cid);
                assertThat(subset.getGlyph().getGlyph(gid).getPath().getBounds2D()).as("CID %d", cid)
                        .isEqualTo(was.getPath().getBounds2D());
                assertThat(subset.getAdvanceWidth(gid)).isEqualTo(original.getAdvanceWidth(cid));
            }
        }
        assertThat(cut.glyphs().get(0)).as(".notdef").isTrue();
        BitSet extra = (BitSet) cut.glyphs().clone();
        extra.andNot(wanted);
        extra.clear(0);
        assertThat(extra.cardinality()).as("no glyph but those asked for (and the parts of composites)").isLessThanOrEqualTo(2);
        assertThat(cut.cidToGid()).hasSize(2 * cut.glyphs().length());
    }

    @Test
    void theSubsetIsLaidOutAsTrueTypeRequires() throws IOException {
        byte[] ttf = new TrueTypeSubset(full).cut(glyphsOf("汇总表")).ttf();
        ByteBuffer b = ByteBuffer.wrap(ttf);
        String previous = "";
        for (Map.Entry<String, int[]> t : TrueTypeTables.directory(ttf).entrySet()) {
            assertThat(t.getKey()).as("tables in tag order").isGreaterThan(previous);
            previous = t.getKey();
            assertThat(t.getValue()[0] % 4).as(t.getKey() + " aligned").isZero();
        }
        int n = b.getShort(4);
        for (int i = 0; i < n; i++) {
            int at = 12 + 16 * i;
            String tag = new String(ttf, at, 4, StandardCharsets.ISO_8859_1);
            if (!tag.equals("head")) {
                assertThat(b.getInt(at + 4)).as(tag + " checksum").isEqualTo(sum(ttf, b.getInt(at + 8), b.getInt(at + 12)));
            }
        }
        assertThat(sum(ttf, 0, ttf.length)).as("whole-font checksum").isEqualTo((int) 0xB1B0AFBAL);
    }

    /** TrueTypeSubset's comment says why it is not fontbox's TTFSubsetter; this shows the two write the same font. */
    @Test
    void theSubsetIsByteForByteWhatFontboxWouldWrite() throws IOException {
        BitSet wanted = glyphsOf("绩效目标申报表第页共 0123456789征求意见稿（汇总）产出指标效益指标满意度指标");
        java.util.Set<Integer> ids = new java.util.TreeSet<>();
        wanted.stream().forEach(ids::add);
        org.apache.fontbox.ttf.TTFSubsetter fontbox = new org.apache.fontbox.ttf.TTFSubsetter(original,
                java.util.List.of("OS/2", "cvt ", "fpgm", "head", "hhea", "maxp", "post", "prep", "glyf", "loca", "hmtx"));
        fontbox.addGlyphIds(ids);
        java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
        fontbox.writeToStream(written);

        assertThat(new TrueTypeSubset(full).cut(wanted).ttf()).isEqualTo(written.toByteArray());
    }

    @Test
    void widthsAreThoseOpenPdfMeasuresTheTextWith() throws Exception {
        var openpdf = com.lowagie.text.pdf.BaseFont.createFont("f.ttf", com.lowagie.text.pdf.BaseFont.IDENTITY_H, true, false, full, null);
        TrueTypeSubset subset = new TrueTypeSubset(full);
        CmapLookup cmap = original.getUnicodeCmapLookup();
        for (int c : "第 1 页，共 9 页（%）AaWw汇总".codePoints().toArray()) {
            assertThat(subset.width(cmap.getGlyphId(c))).as(Character.toString(c)).isEqualTo(openpdf.getWidth(c));
        }
    }

    private static int sum(byte[] data, int from, int length) {
        ByteBuffer b = ByteBuffer.wrap(data);
        long s = 0;
        for (int i = from; i < from + length; i += 4) {
            long word = 0;
            for (int k = 0; k < 4; k++) {
                word = (word << 8) | (i + k < from + length ? data[i + k] & 0xff : 0);
            }
            s += word;
        }
        return (int) s;
    }
}
