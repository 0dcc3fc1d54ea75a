package org.jixiao.filing;


/**
 * A data row as stored between import and checks: where it came from, its kind, the key of the
 * project it belongs to, and its cells exactly as filed ({@link Column} order, null when blank).
 * {@code seq} orders rows within a file across sheets.
 */
public record FiledRow(long fileId, int seq, SourceRef source, Kind kind, String projectKey, String[] cells) {

    public String get(Column column) {
        return cells[column.ordinal()];
    }
}
