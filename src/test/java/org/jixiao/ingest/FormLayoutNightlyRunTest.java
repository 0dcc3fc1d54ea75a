package org.jixiao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.cli.Cli;
import org.jixiao.generate.FormVariant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole nightly run on the form-layout sample workbooks ({@code samples/forms/}) publishes the
 * same summaries and the same findings as on the flat transcriptions of seeds 003 and 004, and states
 * the seeds' truths: 上海市委组织部 2023, 6 projects, 2,641.30万元; six self-evaluations scoring 96, 95,
 * 95, 95, 95, 95. So does a run on the same forms as departments' rougher copies make them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormLayoutNightlyRunTest {

    static final Path SAMPLES = Path.of("samples", "forms");
    private static final String RUN_DATE = "--run-date=2026-11-21";

    private Path flat;
    private Path forms;
    private Path rough;
    private int flatCode;
    private int formsCode;
    private int roughCode;

    @BeforeAll
    void runBothShapes(@TempDir Path dir) throws IOException {
        Path flatInput = Files.createDirectories(dir.resolve("flat-in"));
        Files.copy(SeedForms.FLAT_TARGETS, flatInput.resolve(SeedForms.FLAT_TARGETS.getFileName()));
        Files.copy(SeedForms.FLAT_SELF, flatInput.resolve(SeedForms.FLAT_SELF.getFileName()));
        flat = dir.resolve("flat-out");
        forms = dir.resolve("forms-out");
        flatCode = Cli.run(new String[] {"--input=" + flatInput, "--output=" + flat, RUN_DATE});
        formsCode = Cli.run(new String[] {"--input=" + SAMPLES.toAbsolutePath(), "--output=" + forms, RUN_DATE});
        Path roughInput = Files.createDirectories(dir.resolve("rough-in"));
        FormVariant variant = FormVariant.official().shifted(1).withGaps().typed(FormVariant.Labels.SPACED).pageBreakAfter(6)
                .unmergedLevels().money(FormVariant.Money.FORMULA);
        SeedForms.write(SeedForms.FLAT_TARGETS, variant, roughInput.resolve("004-表单-手工.xlsx"));
        SeedForms.write(SeedForms.FLAT_SELF, variant.money(FormVariant.Money.TEXT), roughInput.resolve("003-表单-手工.xlsx"));
        rough = dir.resolve("rough-out");
        roughCode = Cli.run(new String[] {"--input=" + roughInput, "--output=" + rough, RUN_DATE});
    }

    @Test
    void bothRunsEndTheSameWay() {
        assertThat(formsCode).isEqualTo(flatCode).isZero();
        assertThat(roughCode).isEqualTo(flatCode);
    }

    @Test
    void everySummaryTableIsIdentical() throws IOException {
        List<String> tables;
        try (Stream<Path> files = Files.list(flat.resolve("2023/汇总数据"))) {
            tables = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
        assertThat(tables).contains("绩效目标-部门.csv", "绩效自评-项目.csv", "绩效自评-扣分明细.csv");
        for (String table : tables) {
            for (Path output : List.of(forms, rough)) {
                assertThat(output.resolve("2023/汇总数据").resolve(table)).as(output.getFileName() + "/" + table)
                        .hasSameTextualContentAs(flat.resolve("2023/汇总数据").resolve(table), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void theSeedsTruthsHold() throws IOException {
        List<String> departments = Files.readAllLines(forms.resolve("2023/汇总数据/绩效目标-部门.csv"));
        assertThat(departments).anySatisfy(line -> assertThat(line)
                .startsWith("2023,市级,中共上海市委组织部,6,26413037.00,2641.30,").contains(",0,"));
        List<String> projects = Files.readAllLines(forms.resolve("2023/汇总数据/绩效自评-项目.csv"));
        assertThat(projects.subList(1, projects.size())).extracting(line -> line.split(",")[13])
                .containsExactly("96", "95", "95", "95", "95", "95");
        assertThat(projects.subList(1, projects.size())).extracting(line -> line.split(",")[8]).containsOnly("100.00");
    }

    @Test
    void theFindingsAreTheSameButPointIntoTheForms() throws IOException {
        List<String> flatFindings = findings(flat);
        List<String> formFindings = findings(forms);

        assertThat(formFindings).isNotEmpty().containsExactlyInAnyOrderElementsOf(flatFindings);
        assertThat(findings(rough)).containsExactlyInAnyOrderElementsOf(flatFindings);
        assertThat(Files.readString(forms.resolve("问题清单.csv"))).contains("004-市委组织部-2023-绩效目标-表单.xlsx,6-信息化运维项目,");
    }

    @Test
    void theManifestCountsEveryIndicatorRowOfTheForms() throws IOException {
        String manifest = Files.readString(forms.resolve("manifest.json"));

        assertThat(manifest).contains("003-松江区委组织部-2023-绩效自评-表单.xlsx", "004-市委组织部-2023-绩效目标-表单.xlsx");
        assertThat(manifest.replaceAll("\\s", "")).contains("\"rowsRead\":107,\"rowsImported\":107,\"rowsRejected\":0",
                "\"rowsRead\":82,\"rowsImported\":82,\"rowsRejected\":0");
    }

    /** Each finding without its location (file, sheet, row), which differs between the shapes by design. */
    private static List<String> findings(Path output) throws IOException {
        List<String> lines = Files.readAllLines(output.resolve("问题清单.csv"));
        return lines.subList(1, lines.size()).stream().map(line -> {
            String[] f = line.split(",", -1);
            return String.join(",", f[0], f[1], f[2], f[6], f[7], f[8], String.join(",", Arrays.copyOfRange(f, 9, f.length)));
        }).toList();
    }
}
