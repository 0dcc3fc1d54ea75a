package org.jixiao.batch;

import java.util.List;
import org.jixiao.ingest.FiledRow;

/**
 * A project to check: its rows in one file, in filing order, and — when the same project (same key)
 * was already met in an earlier file of this run — where that one is ({@code firstPath}, {@code firstRow});
 * then this one is a duplicate.
 */
record ProjectRows(long fileId, String path, String key, List<FiledRow> rows, String firstPath, int firstRow) {

    boolean duplicate() {
        return firstPath != null;
    }

    int firstSeq() {
        return rows.get(0).seq();
    }
}
