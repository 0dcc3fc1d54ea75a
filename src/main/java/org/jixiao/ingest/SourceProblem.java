package org.jixiao.ingest;

import org.jixiao.findings.FileFinding;
import org.jixiao.findings.Rule;

/**
 * A problem with a whole file or sheet (unreadable, no header, a missing column), as the rule's class
 * in {@code findings} words it. {@code rowsRejected} counts the data rows that could be read but are
 * rejected with it, so no row goes uncounted.
 */
public record SourceProblem(FileFinding finding, int rowsRejected) implements SourceItem {

    public Rule rule() {
        return finding.rule();
    }

    public String sheet() {
        return finding.sheet();
    }

    public int row() {
        return finding.row();
    }

    public String column() {
        return finding.column();
    }

    public String message() {
        return finding.message();
    }
}
