package org.jixiao.ingest;

/** What a {@link RowSource} yields: a data row, or a problem with the file or one of its sheets. */
public sealed interface SourceItem permits RawRow, SourceProblem {
}
