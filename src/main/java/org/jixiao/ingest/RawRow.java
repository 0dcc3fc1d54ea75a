package org.jixiao.ingest;

import org.jixiao.filing.Column;
import org.jixiao.filing.Kind;
import org.jixiao.filing.SourceRef;

/** One data row of a filing, its cells indexed by {@link Column#ordinal()}, null when blank. */
public record RawRow(SourceRef source, Kind kind, String[] cells) implements SourceItem {

    public String get(Column column) {
        return cells[column.ordinal()];
    }

    public boolean isBlank() {
        for (String c : cells) {
            if (c != null) {
                return false;
            }
        }
        return true;
    }
}
