package org.jixiao.batch;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JIT of a short night. A night that reads a few files of a folder it has read before does a few
 * seconds of work in each of many libraries — Spring starting, H2's writes, Jasper's fill, OpenPDF's
 * reader and writer, the tables' writers — and HotSpot's optimising compiler (C2) then spends more CPU
 * compiling them than the night spends running them: on the L city's 1% night, 47 s of compiler CPU in a
 * 40 s night on two cores. Such a night asks the JVM, through a compiler directive (JEP 165, what {@code
 * jcmd Compiler.directives_add} adds), to leave C2 out; C1 still compiles whatever is hot.
 *
 * <p>The scan decides: a night that reads at most a quarter of its folder anew, on a folder read before,
 * is short. Before it, the process starts with both compilers (starting is one thread, and C2 uses the
 * core it leaves idle; leaving C2 out from the start measured no faster). A first night, or one that
 * reads more than a quarter of its folder anew, keeps C2, which repays itself over the minutes such a
 * night takes. A night whose templates or settings changed renders every department while reading few
 * files; it runs with C1, a sixth slower than with C2 (measured on a first L night), and such nights are
 * rare. A night resumed after its scan keeps C2.
 *
 * <p>Only a process started to run one night does any of this ({@link #ownProcess()}): a directive holds
 * for the whole JVM, so one that runs other work — the tests, a benchmark's nights in one JVM, an
 * application embedding jixiao — keeps its compilers. {@code --jixiao.quick-compile=false} turns it off.
 */
public final class QuickCompile {

    private static final Logger log = LoggerFactory.getLogger(QuickCompile.class);

    /** A night that reads at most this share of its folder anew is short. */
    public static final double SHORT_SHARE = 0.25;

    /** Every method, never by C2 (C1 keeps compiling it). */
    static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private static final String COMMANDS = "com.sun.management:type=DiagnosticCommand";

    private static boolean ownProcess;
    private static boolean applied;

    private QuickCompile() {
    }

    /** Says that this process was started to run one night, from the command line. */
    public static synchronized void ownProcess() {
        ownProcess = true;
    }

    /** Whether a night that reads {@code toRead} of its {@code files} anew, on a folder read {@code before}, is short. */
    static boolean isShort(int toRead, int files, boolean before) {
        return before && toRead <= files * SHORT_SHARE;
    }

    /** After the scan: C2 left out for the rest of the process when the night is short. */
    static synchronized void forNight(int toRead, int files, boolean before, boolean allowed) {
        if (ownProcess && !applied && allowed && isShort(toRead, files, before)) {
            applied = add().contains("1 compiler directives added");
            if (applied) {
                log.info("本次只读入 {}/{} 个文件：只用 C1 编译（短时运行不必等待 C2 优化）", toRead, files);
            }
        }
    }

    /** Whether this process leaves C2 out. */
    static synchronized boolean applied() {
        return applied;
    }

    /** Adds the directive to this JVM: what it said, or "" where the JVM does not take it (it then compiles as it would). */
    private static String add() {
        Path file = null;
        try {
            file = Files.createTempFile("jixiao-jit", ".json");
            Files.writeString(file, DIRECTIVE);
            return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(COMMANDS), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()}));
        } catch (Exception | LinkageError e) {
            log.debug("编译器指令未能添加：{}", e.toString());
            return "";
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (java.io.IOException e) {
                    log.debug("临时文件未能删除：{}", file);
                }
            }
        }
    }
}
