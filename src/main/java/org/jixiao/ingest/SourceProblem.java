package org.jixiao.ingest;

import org.jixiao.findings.Rule;

/**
 * A problem with a whole file or sheet (unreadable, no header, a missing column). {@code rowsRejected}
 * counts the data rows that could be read but are rejected with it, so no row goes uncounted.
 */
public record SourceProblem(Rule rule, String sheet, int row, String column, String message, int rowsRejected)
        implements SourceItem {
}
