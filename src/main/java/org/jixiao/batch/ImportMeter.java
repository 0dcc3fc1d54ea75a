package org.jixiao.batch;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * How far the import is, in bytes of input files finished (the row count of a file is unknown until
 * it is read), shared between the import step's reader and its progress listener.
 */
@Component
class ImportMeter {

    private final AtomicLong filesTotal = new AtomicLong();
    private final AtomicLong bytesTotal = new AtomicLong();
    private final AtomicLong filesDone = new AtomicLong();
    private final AtomicLong bytesDone = new AtomicLong();

    void start(long files, long bytes) {
        filesTotal.set(files);
        bytesTotal.set(bytes);
        filesDone.set(0);
        bytesDone.set(0);
    }

    void fileDone(long bytes) {
        filesDone.incrementAndGet();
        bytesDone.addAndGet(bytes);
    }

    long filesTotal() {
        return filesTotal.get();
    }

    long filesDone() {
        return filesDone.get();
    }

    /** Work done in thousandths, for a stage measured in ‰. */
    long permille() {
        long total = bytesTotal.get();
        return total == 0 ? 0 : bytesDone.get() * 1000 / total;
    }
}
