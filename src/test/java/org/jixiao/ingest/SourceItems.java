package org.jixiao.ingest;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a filing to the end, as the import step does, for reader tests. */
final class SourceItems {

    private SourceItems() {
    }

    static List<SourceItem> readAll(Path path) throws IOException {
        List<SourceItem> items = new ArrayList<>();
        try (RowSource source = RowSources.open(path, path.getFileName().toString())) {
            for (SourceItem item = source.next(); item != null; item = source.next()) {
                items.add(item);
            }
        }
        return items;
    }

    static List<RawRow> rows(List<SourceItem> items) {
        return items.stream().filter(RawRow.class::isInstance).map(RawRow.class::cast).toList();
    }

    static List<SourceProblem> problems(List<SourceItem> items) {
        return items.stream().filter(SourceProblem.class::isInstance).map(SourceProblem.class::cast).toList();
    }

    static Path fixture(String name) {
        try {
            return Path.of(SourceItems.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
