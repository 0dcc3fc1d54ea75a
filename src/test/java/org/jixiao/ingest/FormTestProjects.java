package org.jixiao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.filing.FiledRow;

/**
 * Imports a file the way the nightly job does — {@link RowSources}, {@link ProjectKeys},
 * {@link ProjectAssembler} — without Spring or a database, so reader tests compare whole projects.
 */
final class FormTestProjects {

    /** Every assembly of the file in filing order, and the file and sheet problems. */
    record Imported(List<ProjectAssembler.Assembly> assemblies, List<SourceProblem> problems, int rows) {

        List<org.jixiao.filing.Project> projects() {
            return assemblies.stream().map(ProjectAssembler.Assembly::project).toList();
        }
    }

    private FormTestProjects() {
    }

    static Imported read(Path path) throws IOException {
        Map<String, List<FiledRow>> byKey = new LinkedHashMap<>();
        List<SourceProblem> problems = new ArrayList<>();
        ProjectKeys keys = new ProjectKeys();
        int seq = 0;
        try (RowSource source = RowSources.open(path, path.getFileName().toString())) {
            for (SourceItem item = source.next(); item != null; item = source.next()) {
                if (item instanceof RawRow row) {
                    String key = keys.assign(row);
                    byKey.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new FiledRow(1, ++seq, row.source(), row.kind(), key, row.cells()));
                } else {
                    problems.add((SourceProblem) item);
                }
            }
        }
        ProjectAssembler assembler = new ProjectAssembler();
        List<ProjectAssembler.Assembly> assemblies = byKey.values().stream().map(assembler::assemble).toList();
        return new Imported(assemblies, problems, seq);
    }

    /** Projects equal in everything filed; where each came from (file, sheet, row) may differ. */
    static void assertSameProjects(List<org.jixiao.filing.Project> actual, List<org.jixiao.filing.Project> expected) {
        assertThat(actual).usingRecursiveFieldByFieldElementComparator(
                org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                        .withIgnoredFieldsMatchingRegexes("source", ".*\\.source")
                        .withComparatorForType(java.util.Comparator.nullsFirst(BigDecimal::compareTo), BigDecimal.class)
                        .build())
                .containsExactlyElementsOf(expected);
    }
}
