package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfDeterminismTest {

    private static final LocalDate RUN = LocalDate.of(2026, 11, 21);

    /** A PDF's shape around the markers, with binary noise between them as compressed streams have. */
    private static byte[] pdf(String tagA, String tagB, String time, String id) {
        String s = "%PDF-1.4\n1 0 obj<</Type/Font/BaseFont/" + tagA + "+SourceHanSans>>endobj\n"
                + "stream\u0000\u00ff/\u0080/Base garbage/ID [\u0001endstream\n"
                + "2 0 obj<</FontName /" + tagB + "+SourceHanSans-Medium>>endobj\n"
                + "3 0 obj<</BaseFont/" + tagA + "+SourceHanSans>>endobj\n"
                + "4 0 obj<</CreationDate(D:" + time + "+08'00')/ModDate (D:" + time + "+08'00')>>endobj\n"
                + "trailer<</ID [<" + id + "><" + id + ">]>>\n%%EOF";
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void theSameContentGivesTheSameBytesWhateverTheClockAndTheDice() {
        byte[] a = PdfDeterminism.normalise(pdf("QWERTY", "ZXCVBN", "20261121093012", "0123456789ABCDEF"), RUN);
        byte[] b = PdfDeterminism.normalise(pdf("PLMOKN", "IJNUHB", "20261122231559", "FEDCBA9876543210"), RUN);
        assertThat(a).isEqualTo(b);
        String s = new String(a, StandardCharsets.ISO_8859_1);
        assertThat(s).contains("/BaseFont/AAAAAA+SourceHanSans", "/FontName /AAAAAB+SourceHanSans-Medium",
                "(D:20261121000000+08'00')", "/ModDate (D:20261121000000+08'00')");
        assertThat(s).contains("stream\u0000\u00ff/\u0080/Base garbage/ID [\u0001endstream");
        assertThat(a).hasSameSizeAs(pdf("QWERTY", "ZXCVBN", "20261121093012", "0123456789ABCDEF"));
    }

    @Test
    void differentContentGivesADifferentId() {
        byte[] a = PdfDeterminism.normalise(pdf("QWERTY", "ZXCVBN", "20261121093012", "0123456789ABCDEF"), RUN);
        byte[] other = pdf("QWERTY", "ZXCVBN", "20261121093012", "0123456789ABCDEF");
        other[10] = 'X';
        assertThat(PdfDeterminism.normalise(other, RUN)).isNotEqualTo(a);
    }

    @Test
    void partsBoundTogetherGetTagsNoOtherPartUses() {
        SubsetTags tags = new SubsetTags();
        String first = new String(tags.rename(pdf("QWERTY", "ZXCVBN", "20261121093012", "01")), StandardCharsets.ISO_8859_1);
        String second = new String(tags.rename(pdf("QWERTY", "ZXCVBN", "20261121093012", "01")), StandardCharsets.ISO_8859_1);
        assertThat(first).contains("/AAAAAA+", "/AAAAAB+");
        assertThat(second).contains("/AAAAAC+", "/AAAAAD+").doesNotContain("AAAAAA+");
    }

    @Test
    void aFileIsNormalisedLikeItsBytes(@TempDir Path dir) throws IOException {
        byte[] bytes = pdf("QWERTY", "ZXCVBN", "20261121000000", "0123456789ABCDEF");
        Path file = dir.resolve("book.pdf");
        Files.write(file, bytes);
        PdfDeterminism.normalise(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(PdfDeterminism.normalise(bytes, RUN));
    }
}
