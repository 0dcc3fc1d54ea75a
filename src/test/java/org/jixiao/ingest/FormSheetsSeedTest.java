package org.jixiao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.ingest.FormTestProjects.assertSameProjects;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Project;
import org.jixiao.generate.FormVariant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeds 004 (申报表) and 003 (自评表) laid out as printed forms, one project a sheet, read back into
 * exactly the projects their flat transcriptions give — in the official layout and in every variant
 * departments' copies show.
 */
class FormSheetsSeedTest {

    @TempDir
    Path dir;

    static Stream<FormVariant> variants() {
        FormVariant official = FormVariant.official();
        return Stream.of(
                official,
                official.shifted(1),
                official.shifted(2),
                official.withGaps(),
                official.typed(FormVariant.Labels.HALF_WIDTH),
                official.typed(FormVariant.Labels.SPACED),
                official.pageBreakAfter(7),
                official.unmergedLevels(),
                official.unmergedLevels().pageBreakAfter(5),
                official.money(FormVariant.Money.TEXT),
                official.money(FormVariant.Money.FORMULA),
                official.shifted(2).withGaps().typed(FormVariant.Labels.SPACED).pageBreakAfter(4).unmergedLevels()
                        .money(FormVariant.Money.FORMULA));
    }

    @ParameterizedTest
    @MethodSource("variants")
    void targetsFormsReadAsTheirFlatTranscription(FormVariant variant) throws IOException {
        Path form = SeedForms.write(SeedForms.FLAT_TARGETS, variant, dir.resolve("004-form.xlsx"));

        FormTestProjects.Imported read = FormTestProjects.read(form);

        assertThat(read.problems()).isEmpty();
        assertThat(read.projects()).hasSize(6).allMatch(p -> p != null && p.kind() == Kind.TARGETS);
        assertSameProjects(read.projects(), FormTestProjects.read(SeedForms.FLAT_TARGETS).projects());
    }

    @ParameterizedTest
    @MethodSource("variants")
    void selfEvaluationFormsReadAsTheirFlatTranscription(FormVariant variant) throws IOException {
        Path form = SeedForms.write(SeedForms.FLAT_SELF, variant, dir.resolve("003-form.xlsx"));

        FormTestProjects.Imported read = FormTestProjects.read(form);

        assertThat(read.problems()).isEmpty();
        assertThat(read.projects()).hasSize(6).allMatch(p -> p != null && p.kind() == Kind.SELF_EVALUATION);
        assertSameProjects(read.projects(), FormTestProjects.read(SeedForms.FLAT_SELF).projects());
    }

    @Test
    void eachIndicatorPointsAtItsOwnRowOfItsOwnSheet() throws IOException {
        Path form = SeedForms.write(SeedForms.FLAT_SELF, FormVariant.official(), dir.resolve("003-form.xlsx"));

        Project first = FormTestProjects.read(form).projects().get(0);

        assertThat(first.source().sheet()).isEqualTo("1-业务培训");
        assertThat(first.indicators()).extracting(i -> i.source().row())
                .startsWith(13, 14, 15).doesNotHaveDuplicates();
        assertThat(first.indicators().get(0).source().file()).isEqualTo("003-form.xlsx");
    }
}
