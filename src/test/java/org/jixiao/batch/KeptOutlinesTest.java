package org.jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A part's outline is taken from the night before by the part's recorded digest, and read from its PDF otherwise. */
class KeptOutlinesTest {

    @TempDir
    Path output;

    @Test
    void anOutlineIsTakenByDigestAndReadWhenTheDigestIsNew() throws Exception {
        Path part = output.resolve("part.pdf");
        pdf(part, 2);
        KeptOutlines first = new KeptOutlines(output, p -> "d1");
        assertThat(first.of(part).pages()).isEqualTo(2);
        first.save(Set.of("d1"));

        // the file now has 3 pages, but the night records the digest it had: what was kept for that digest is taken
        pdf(part, 3);
        assertThat(new KeptOutlines(output, p -> "d1").of(part).pages()).as("taken, not read").isEqualTo(2);
        // a new digest (the part rendered again) is read from the PDF
        KeptOutlines renewed = new KeptOutlines(output, p -> "d2");
        assertThat(renewed.of(part).pages()).isEqualTo(3);
        renewed.save(Set.of("d2"));
        assertThat(new KeptOutlines(output, p -> "d1").of(part).pages()).as("d1 is no longer a current part's").isEqualTo(3);
        // a part the night has no record of is always read
        assertThat(new KeptOutlines(output, p -> null).of(part).pages()).isEqualTo(3);
    }

    @Test
    void aDamagedFileIsAsGoodAsNone() throws Exception {
        Path part = output.resolve("part.pdf");
        pdf(part, 2);
        KeptOutlines first = new KeptOutlines(output, p -> "d1");
        first.of(part);
        first.save(Set.of("d1"));
        Path file = output.resolve(".jixiao/cache/outlines");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        pdf(part, 3);
        assertThat(new KeptOutlines(output, p -> "d1").of(part).pages()).isEqualTo(3);
    }

    private static void pdf(Path file, int pages) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Document document = new Document();
            PdfWriter.getInstance(document, out);
            document.open();
            for (int i = 0; i < pages; i++) {
                document.newPage();
                document.add(new Paragraph("page " + (i + 1)));
            }
            document.close();
        }
    }
}
