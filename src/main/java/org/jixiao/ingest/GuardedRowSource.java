package org.jixiao.ingest;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jixiao.findings.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands between a reader and the import: whatever a reader throws while reading a filing (a parser's
 * or the JDK's exception, whose text is not for a filer) ends that file with one problem in Chinese,
 * and the exception goes to the log. The readers turn every damage they know into located problems
 * themselves; this is the net under them, so no exception text reaches a finding or the night.
 */
final class GuardedRowSource implements RowSource {

    private static final Logger log = LoggerFactory.getLogger(GuardedRowSource.class);

    private final RowSource inner;
    private final String file;
    private final Deque<SourceItem> pending = new ArrayDeque<>();
    private boolean ended;

    GuardedRowSource(RowSource inner, String file) {
        this.inner = inner;
        this.file = file;
    }

    /** A source that yields one problem and ends: the file could not be opened. */
    static RowSource failed(SourceProblem problem) {
        GuardedRowSource s = new GuardedRowSource(null, "");
        s.pending.add(problem);
        s.ended = true;
        return s;
    }

    @Override
    public SourceItem next() throws IOException {
        if (!pending.isEmpty() || ended) {
            return pending.poll();
        }
        try {
            SourceItem item = inner.next();
            ended = item == null;
            return item;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            log.warn("读取 {} 时中断", file, e);
            ended = true;
            return new SourceProblem(Rule.FILE_UNREADABLE, "", 0, "",
                    "文件读到中途无法继续（内容损坏或格式异常），其后的内容未读取；请在 Excel 中打开检查后另存再报送", 0);
        }
    }

    @Override
    public void close() throws IOException {
        if (inner != null) {
            try {
                inner.close();
            } catch (IOException | RuntimeException e) {
                log.warn("关闭 {} 时出错", file, e);
            }
        }
    }
}
