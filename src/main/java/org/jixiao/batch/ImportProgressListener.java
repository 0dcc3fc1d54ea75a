package org.jixiao.batch;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/** Import progress: measured in bytes of finished files (as ‰), with files and rows in the detail. */
class ImportProgressListener implements StepExecutionListener, ItemWriteListener<ImportItem> {

    private final Progress progress;
    private final ImportMeter meter;
    private long rows;

    ImportProgressListener(Progress progress, ImportMeter meter) {
        this.progress = progress;
        this.meter = meter;
    }

    @Override
    public void beforeStep(StepExecution step) {
        rows = 0;
        progress.begin("导入", 1000, "‰");
    }

    @Override
    public void afterWrite(Chunk<? extends ImportItem> items) {
        for (ImportItem item : items) {
            rows += item.rows();
        }
        progress.advance(meter.permille(), "文件 " + meter.filesDone() + "/" + meter.filesTotal() + "，" + rows + " 行");
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        progress.end(meter.filesTotal() + " 个文件，" + rows + " 行");
        return null;
    }
}
