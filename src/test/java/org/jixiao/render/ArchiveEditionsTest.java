package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jixiao.cli.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample filings run with --archive: beside every book and disclosure edition its archive edition
 * (…-归档版.pdf), listed in manifest.json as archive-pdf with the same pages, PDF/A-1b with no rule of
 * veraPDF failed, its fonts embedded and its text the same as the edition's.
 */
class ArchiveEditionsTest {

    @TempDir
    static Path out;
    private static JsonNode manifest;

    @BeforeAll
    static void run() throws Exception {
        assertThat(Cli.run(new String[] {"--input=input", "--output=" + out, "--run-date=2026-11-21", "--archive"})).isZero();
        manifest = JsonMapper.builder().build().readTree(out.resolve("manifest.json").toFile());
    }

    private static Map<String, JsonNode> outputs(String kind) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        for (JsonNode o : manifest.get("outputs")) {
            if (o.get("kind").asString().equals(kind)) {
                found.put(o.get("path").asString(), o);
            }
        }
        return found;
    }

    @Test
    void everyBookAndDisclosureEditionHasAnArchiveEditionBesideIt() {
        Map<String, JsonNode> archives = outputs("archive-pdf");
        List<String> editions = new java.util.ArrayList<>(outputs("book-pdf").keySet());
        editions.addAll(outputs("disclosure-pdf").keySet());
        assertThat(editions).hasSize(6 + 4);
        assertThat(archives).hasSize(editions.size());
        for (String e : editions) {
            String archive = e.replace(".pdf", "-归档版.pdf");
            assertThat(archives).containsKey(archive);
            assertThat(archives.get(archive).get("pages").asInt()).isEqualTo(
                    manifest.get("outputs").valueStream().filter(o -> o.get("path").asString().equals(e)).findFirst().orElseThrow()
                            .get("pages").asInt());
        }
    }

    @Test
    void everyArchiveEditionIsPdfA1bByVeraPdfWithItsFontsEmbeddedAndTheSameText() throws Exception {
        for (String path : outputs("archive-pdf").keySet()) {
            byte[] pdf = Files.readAllBytes(out.resolve(path));
            assertThat(PdfA.failedRules(pdf)).as(path).isEmpty();
            try (PDDocument archive = Pdfs.open(pdf); PDDocument edition = Pdfs.open(out.resolve(path.replace("-归档版.pdf", ".pdf")))) {
                Pdfs.assertFontsEmbedded(archive);
                assertThat(Pdfs.text(archive)).as(path).isEqualTo(Pdfs.text(edition));
            }
        }
    }
}
