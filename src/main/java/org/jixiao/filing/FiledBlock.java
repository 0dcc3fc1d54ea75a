package org.jixiao.filing;

import java.util.List;

/**
 * Consecutive rows of one project in one sheet of one file, stored together: a project is usually
 * one block, so the store writes one record per project rather than one per indicator row. A project
 * whose rows are interrupted by another's is several blocks, put together again by the checks.
 */
public record FiledBlock(long fileId, String sheet, Kind kind, String projectKey, int firstSeq, List<FiledRow> rows) {

    public FiledBlock {
        rows = List.copyOf(rows);
    }
}
