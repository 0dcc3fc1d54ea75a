package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    private static List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(Templates.FOLDER))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jrxml"))
                    .map(n -> n.substring(0, n.length() - ".jrxml".length())).sorted().toList();
        }
    }

    @Test
    void everyTemplateInTheFolderCompilesOnceAndCarriesTheSharedStyles() throws Exception {
        Templates t = TestReports.get().templates();
        assertThat(names()).contains("targets-form", "targets-indicators", "self-form", "self-indicators", "summary");
        for (String name : names()) {
            JasperReport report = t.report(name);
            assertThat(t.report(name)).as(name + " is compiled once").isSameAs(report);
            assertThat(report.getTemplates()).as(name + " needs no styles file at fill time").isNullOrEmpty();
            assertThat(report.getStyles()).extracting(s -> s.getName()).as(name).contains("cell", "title");
        }
    }

    @Test
    void compilingAllBeforeRenderingCoversEveryTemplateInTheFolder() throws Exception {
        assertThat(Templates.ALL).containsExactlyInAnyOrderElementsOf(names());
        Templates fresh = new Templates(DefaultJasperReportsContext.getInstance(), Path.of(Templates.FOLDER));
        fresh.compileAll();
        assertThat(fresh.compileStatistics()).startsWith(names().size() + " 个模板");
    }

    @Test
    void theJarCopyIsUsedWhenThereIsNoTemplatesFolder() throws Exception {
        Templates jar = new Templates(DefaultJasperReportsContext.getInstance(), Path.of("no-such-folder"));
        assertThat(jar.source()).isEqualTo("classpath:templates/");
        for (String name : names()) {
            assertThat(jar.report(name)).as(name).isNotNull();
        }
    }

    @Test
    void aTemplateEditedWhileANightRunsIsReadAsTheNightFirstSawIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        try (Stream<Path> files = Files.list(Path.of(Templates.FOLDER))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Templates night = new Templates(DefaultJasperReportsContext.getInstance(), dir);
        String digest = night.digest("book-cover");
        Path cover = dir.resolve("book-cover.jrxml");
        String source = Files.readString(cover);
        assertThat(source).contains("pageWidth=\"595\"");
        Files.writeString(cover, source.replace("pageWidth=\"595\"", "pageWidth=\"600\""));

        assertThat(night.report("book-cover").getPageWidth()).as("compiled from the bytes the digest was made of").isEqualTo(595);
        assertThat(night.digest("book-cover")).isEqualTo(digest);
        Templates next = new Templates(DefaultJasperReportsContext.getInstance(), dir);
        assertThat(next.digest("book-cover")).as("the next night sees the edit").isNotEqualTo(digest);
        assertThat(next.report("book-cover").getPageWidth()).isEqualTo(600);
    }
}
