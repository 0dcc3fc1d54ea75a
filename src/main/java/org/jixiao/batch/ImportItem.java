package org.jixiao.batch;

import org.jixiao.ingest.FiledRow;
import org.jixiao.ingest.SourceProblem;

/** What the import step carries from reader to writer: a row to stage, or a problem with a file or sheet. */
sealed interface ImportItem {

    /** A data row, keyed to its project. */
    record Row(FiledRow row) implements ImportItem {
    }

    /** A problem with a whole file or sheet of a file version. */
    record Problem(long fileId, String path, SourceProblem problem) implements ImportItem {
    }
}
