package org.jixiao.batch;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JIT of a short night. A night that reads a few files of a folder it has read before does a few
 * seconds of work in each of many libraries — H2's writes, Jasper's fill, OpenPDF's reader and writer, the
 * tables' writers — and HotSpot's optimising compiler (C2) then spends more CPU compiling them than the
 * night spends running them: on the L city's 1% night, 47 s of compiler CPU in a 40 s night on two cores.
 * Such a night asks the JVM, through a compiler directive (JEP 165, the same as {@code jcmd
 * Compiler.directives_add}), to leave C2 out; C1 still compiles everything hot. A night on a new output
 * folder, or one that reads more than a quarter of its folder anew, keeps C2, which repays itself over
 * the minutes such a night takes. A night whose templates or settings changed renders every department
 * while reading few files; it runs with C1, a sixth slower than with C2 (measured on a first L night),
 * and such nights are rare.
 *
 * <p>Only a process started to run one night does it ({@link #ownProcess()}): the directive holds for
 * the rest of the process, so a JVM that runs other work — the tests, a benchmark's nights in one JVM,
 * an application embedding jixiao — keeps its compilers. {@code --jixiao.quick-compile=false} turns it off.
 */
public final class QuickCompile {

    private static final Logger log = LoggerFactory.getLogger(QuickCompile.class);

    /** A night that reads at most this share of its folder anew is short. */
    static final double SHORT_SHARE = 0.25;

    /** Every method, never by C2 (c1 keeps compiling it). */
    static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private static volatile boolean ownProcess;
    private static final AtomicBoolean applied = new AtomicBoolean();

    private QuickCompile() {
    }

    /** Says that this process was started to run one night, from the command line. */
    public static void ownProcess() {
        ownProcess = true;
    }

    /** Whether a night that reads {@code toRead} of its {@code files} anew, on a folder read {@code before}, is short. */
    static boolean isShort(int toRead, int files, boolean before) {
        return before && toRead <= files * SHORT_SHARE;
    }

    /** Leaves C2 out for the rest of this night's process when the night is short and the process its own. */
    static void forNight(int toRead, int files, boolean before, boolean allowed) {
        if (!allowed || !ownProcess || !isShort(toRead, files, before) || !applied.compareAndSet(false, true)) {
            return;
        }
        if (add()) {
            log.info("本次只读入 {}/{} 个文件：只用 C1 编译（短时运行不必等待 C2 优化）", toRead, files);
        }
    }

    /** Whether this process left C2 out. */
    static boolean applied() {
        return applied.get();
    }

    /** Adds the directive to this JVM; false where the JVM does not take it (it then compiles as it would). */
    static boolean add() {
        Path file = null;
        try {
            file = Files.createTempFile("jixiao-jit", ".json");
            Files.writeString(file, DIRECTIVE);
            Object said = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            return String.valueOf(said).contains("1 compiler directives added");
        } catch (Exception | LinkageError e) {
            log.debug("编译器指令未能添加：{}", e.toString());
            return false;
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
