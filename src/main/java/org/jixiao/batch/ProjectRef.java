package org.jixiao.batch;

/**
 * A project to check: its rows in one file, and whether the same project (same key) was already
 * met in an earlier file of this run — then it is a duplicate, and {@code firstPath}/{@code firstRow}
 * say where the first one is.
 */
record ProjectRef(long fileId, String path, String key, int firstSeq, int occurrence, String firstPath, int firstRow) {
}
