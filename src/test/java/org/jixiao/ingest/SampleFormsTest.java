package org.jixiao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.ingest.FormTestProjects.assertSameProjects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.generate.FormVariant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The form-layout sample workbooks in {@code samples/forms/} are seeds 004 and 003 as printed forms,
 * generated from the flat transcriptions in {@code input/}. They are checked in so anyone can open
 * them and run the job on them; this test keeps them faithful to the flat files. Regenerate with
 * {@code mvn test -Dtest=SampleFormsTest -Djixiao.samples.write=true}.
 */
class SampleFormsTest {

    static final Path TARGETS = FormLayoutNightlyRunTest.SAMPLES.resolve("004-市委组织部-2023-绩效目标-表单.xlsx");
    static final Path SELF = FormLayoutNightlyRunTest.SAMPLES.resolve("003-松江区委组织部-2023-绩效自评-表单.xlsx");

    @Test
    void theSamplesHoldExactlyTheProjectsOfTheFlatSeeds() throws IOException {
        assertSameProjects(FormTestProjects.read(TARGETS).projects(), FormTestProjects.read(SeedForms.FLAT_TARGETS).projects());
        assertSameProjects(FormTestProjects.read(SELF).projects(), FormTestProjects.read(SeedForms.FLAT_SELF).projects());
        assertThat(FormTestProjects.read(TARGETS).problems()).isEmpty();
        assertThat(FormTestProjects.read(SELF).problems()).isEmpty();
    }

    @Test
    @EnabledIfSystemProperty(named = "jixiao.samples.write", matches = "true")
    void writeSamples() throws IOException {
        Files.deleteIfExists(TARGETS);
        Files.deleteIfExists(SELF);
        SeedForms.write(SeedForms.FLAT_TARGETS, FormVariant.official(), TARGETS);
        SeedForms.write(SeedForms.FLAT_SELF, FormVariant.official(), SELF);
    }
}
