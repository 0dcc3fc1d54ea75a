package org.jixiao.ingest;

import java.io.IOException;

/** A filing opened for reading, row by row; never holds the whole file in memory. */
public interface RowSource extends AutoCloseable {

    /** The next row or problem, or null at the end. */
    SourceItem next() throws IOException;

    @Override
    void close() throws IOException;
}
