package org.jixiao.batch;

import org.jixiao.ingest.FiledBlock;
import org.jixiao.ingest.SourceProblem;

/** What the import step carries from reader to writer: a block of rows to store, or a problem with a file or sheet. */
sealed interface ImportItem {

    /** How many filed rows the item carries. */
    int rows();

    /** One project's consecutive rows. */
    record Block(FiledBlock block) implements ImportItem {
        @Override
        public int rows() {
            return block.rows().size();
        }
    }

    /** A problem with a whole file or sheet of a file version. */
    record Problem(long fileId, String path, SourceProblem problem) implements ImportItem {
        @Override
        public int rows() {
            return 0;
        }
    }
}
