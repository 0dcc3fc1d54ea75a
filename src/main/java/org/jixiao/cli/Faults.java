package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;

/**
 * Turns a failure into one plain line in Chinese and English saying what to do; the stack trace
 * goes to {@code <output>/.jixiao/jixiao.log}, not the terminal.
 */
final class Faults {

    private Faults() {
    }

    static ExitCode report(Throwable e, Path output) {
        Path log = output.resolve(Store.FOLDER).resolve("jixiao.log");
        boolean logged = writeTrace(e, log);
        System.err.println("运行失败 / run failed: " + explain(e));
        if (logged) {
            System.err.println("详细信息见 / details in " + log);
        }
        return ExitCode.FAILED;
    }

    static String explain(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof NoSuchFileException) {
                break;
            }
            root = root.getCause();
        }
        if (root instanceof NoSuchFileException n) {
            return "找不到 " + n.getFile() + (n.getReason() == null ? "" : "（" + n.getReason() + "）")
                    + "，请检查 --input 路径 / not found, check --input";
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message;
    }

    private static boolean writeTrace(Throwable e, Path log) {
        try {
            Files.createDirectories(log.getParent());
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            Files.writeString(log, LocalDateTime.now() + " " + trace + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return true;
        } catch (IOException | RuntimeException ignored) {
            return false;
        }
    }
}
