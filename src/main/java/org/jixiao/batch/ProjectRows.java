package org.jixiao.batch;

import java.util.List;
import org.jixiao.filing.FiledRow;

/** A project to check: its rows in one content, in filing order, read from {@code path}. */
record ProjectRows(long fileId, String path, String key, List<FiledRow> rows) {

    int firstSeq() {
        return rows.get(0).seq();
    }
}
