package org.jixiao.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jixiao.filing.FiledRow;
import org.jixiao.filing.Project;
import org.jixiao.findings.Finding;

/**
 * Reads a folder of filings into projects the way the import step does (every filing, rows keyed to
 * their project, each project assembled), without a store: for tests of what comes after the import.
 */
public final class FolderProjects {

    /** The accepted projects in path and filing order, and the findings of those refused. */
    public record Read(List<Project> projects, List<Finding> refusals) {
    }

    private FolderProjects() {
    }

    /** Every filing under {@code folder} except those {@code skip} names (relative paths, e.g. the roster). */
    public static Read read(Path folder, List<String> skip) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(RowSources::isFiling).sorted().toList();
        }
        List<Project> projects = new ArrayList<>();
        List<Finding> refusals = new ArrayList<>();
        ProjectAssembler assembler = new ProjectAssembler();
        for (Path file : files) {
            String name = folder.relativize(file).toString();
            if (skip.contains(name)) {
                continue;
            }
            Map<String, List<FiledRow>> byProject = new LinkedHashMap<>();
            ProjectKeys keys = new ProjectKeys();
            try (RowSource source = RowSources.open(file, name)) {
                int seq = 0;
                for (SourceItem item = source.next(); item != null; item = source.next()) {
                    if (item instanceof RawRow row) {
                        String key = keys.assign(row);
                        byProject.computeIfAbsent(key, k -> new ArrayList<>())
                                .add(new FiledRow(0, seq++, row.source(), row.kind(), key, row.cells()));
                    }
                }
            }
            for (List<FiledRow> rows : byProject.values()) {
                ProjectAssembler.Assembly a = assembler.assemble(rows);
                if (a.rejected()) {
                    refusals.addAll(a.findings());
                } else {
                    projects.add(a.project());
                }
            }
        }
        return new Read(List.copyOf(projects), List.copyOf(refusals));
    }
}
