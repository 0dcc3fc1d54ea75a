package org.jixiao.store;

/** A version of an input file in the store, with its row counts (rows read = imported + rejected). */
public record InputFile(long id, long runId, String path, String sha256, long bytes, int rowsRead, int rowsImported,
        int rowsRejected) {
}
