package org.jixiao.batch;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.FiledBlock;
import org.jixiao.filing.FiledRow;
import org.jixiao.ingest.SourceProblem;

/** What the import step carries from reader to writer: one project's rows to store (and check), or a problem with a file or sheet. */
sealed interface ImportItem {

    /** How many filed rows the item carries. */
    int rows();

    /**
     * One project's consecutive rows in a file, in blocks. {@code whole} when they are all its rows in
     * that file as far as the reader can tell (its key not met earlier in the file, and not so many rows
     * that the reader stopped holding them): then it is checked on the way to the store, and
     * {@code checked} carries the result. Otherwise the check step puts the project together from the
     * store and checks it there.
     */
    record Project(long fileId, String path, String key, List<FiledBlock> blocks, boolean whole, CheckProcessor.Checked checked)
            implements ImportItem {

        public Project {
            blocks = List.copyOf(blocks);
        }

        @Override
        public int rows() {
            int n = 0;
            for (FiledBlock b : blocks) {
                n += b.rows().size();
            }
            return n;
        }

        /** The rows of every block, in filing order. */
        List<FiledRow> filedRows() {
            List<FiledRow> all = new ArrayList<>(rows());
            for (FiledBlock b : blocks) {
                all.addAll(b.rows());
            }
            return all;
        }

        Project withCheck(CheckProcessor.Checked result) {
            return new Project(fileId, path, key, blocks, whole, result);
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
