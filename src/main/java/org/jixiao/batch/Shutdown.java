package org.jixiao.batch;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once the JVM has begun to shut down (SIGTERM, the host going down), nothing rendered may be published.
 * The JDK's own shutdown hook deletes the temporary copies of the fonts Java2D renders with, while the
 * night's threads still run: a PDF rendered then comes out with its charts' labels laid out in a fallback
 * font (seen: the 汇总表's axis labels stacked a character a line), and a file recorded with its
 * fingerprint would be kept so, night after night. So the first output a night would publish after the
 * signal stops the process there instead — as a kill would, with nothing of that chunk committed and the
 * file not written — and the same command resumes the night (a remote worker's partition goes back to
 * the queue). Steps that publish nothing stop at their next commit ({@link StopOnShutdown}).
 */
final class Shutdown {

    /** The exit code of a process ended by SIGTERM. */
    static final int EXIT = 143;
    private static final Logger log = LoggerFactory.getLogger(Shutdown.class);
    private static volatile boolean begun;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> begun = true, "jixiao-shutdown"));
    }

    private Shutdown() {
    }

    /** Registers the watch (once per JVM, when the night's beans are made). */
    static void watch() {
        // the static initialiser did it
    }

    /**
     * Whether the JVM has begun to shut down: what is rendered from then on may be laid out in a fallback font, and
     * is neither published nor kept for a later night (a book's contents, {@link ContentsSlot}).
     */
    static boolean begun() {
        return begun;
    }

    /** Called before an output is written into the output folder. */
    static void beforePublishing(Path target) {
        if (begun) {
            log.warn("进程正在关闭：{} 及本批次的其余输出不再发布，未提交的部分由下次运行重做 / shutting down: nothing more is published", target);
            System.out.flush();
            Runtime.getRuntime().halt(EXIT);
        }
    }
}
