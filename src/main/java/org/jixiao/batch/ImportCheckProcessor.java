package org.jixiao.batch;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Checks each whole project on its way from the reader to the store, so the rows are read from the
 * files once and not again from the store; the rest pass through unchanged, for the check step.
 */
class ImportCheckProcessor implements ItemProcessor<ImportItem, ImportItem> {

    private final CheckProcessor checks;

    ImportCheckProcessor(CheckProcessor checks) {
        this.checks = checks;
    }

    @Override
    public ImportItem process(ImportItem item) {
        if (item instanceof ImportItem.Project p && p.whole()) {
            return p.withCheck(checks.process(new ProjectRows(p.fileId(), p.path(), p.key(), p.filedRows())));
        }
        return item;
    }
}
