package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * Turns a failure into one plain line in Chinese and English saying what to do; the stack trace goes
 * to {@code <output>/.jixiao/jixiao.log}, not the terminal.
 */
public final class Faults {

    /** H2's error codes for a database file that is corrupt or not a database. */
    private static final int H2_FILE_CORRUPTED = 90030;
    private static final int H2_FILE_VERSION_ERROR = 90048;
    private static final int H2_GENERAL_ERROR = 50000;
    static final int H2_ALREADY_OPEN = 90020;

    private Faults() {
    }

    public static ExitCode report(Throwable e, Path output) {
        Path log = output.resolve(Store.FOLDER).resolve("jixiao.log");
        boolean logged = writeTrace(e, log);
        System.err.println("运行失败 / run failed: " + explain(e, output));
        if (logged) {
            System.err.println("详细信息见 / details in " + log);
        }
        return ExitCode.FAILED;
    }

    static String explain(Throwable e, Path output) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("No space left on device") || m.contains("磁盘空间不足") || m.contains("There is not enough space")) {
                return "磁盘空间已满，请清理 " + output + " 所在磁盘后重新运行（会从中断处继续） / the disk is full: free space and run again (it resumes)";
            }
            if (t instanceof NoSuchFileException n) {
                return "找不到 " + n.getFile() + "，请检查路径 / not found: " + n.getFile();
            }
            if (t instanceof AccessDeniedException a) {
                return "没有权限写入或读取 " + a.getFile() + "，请检查权限 / permission denied: " + a.getFile();
            }
            if (t instanceof SQLException sql && corrupt(sql)) {
                return "数据库文件已损坏：" + output.resolve(Store.FOLDER) + "。请从备份恢复该目录，或将其移走后重新运行（将重新导入全部申报） / "
                        + "the store is corrupt: restore " + Store.FOLDER + " from a backup, or move it away and run again";
            }
            if (t instanceof SQLException sql && postgres(sql) != null) {
                return postgres(sql);
            }
            if (t.getClass().getName().startsWith("org.h2.mvstore.MVStoreException")) {
                return "数据库文件无法打开（可能已损坏）：" + output.resolve(Store.FOLDER) + "。请从备份恢复或移走后重新运行 / "
                        + "the store cannot be opened (corrupt?): restore it from a backup or move it away";
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // jixiao's own messages are Chinese and say what to do; a library's or the JDK's are for the log only
        String m = root.getMessage();
        return m != null && m.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) ? m
                : "意外的内部错误，本次未完成；请把 " + output.resolve(Store.FOLDER).resolve("jixiao.log") + " 交给维护人员 / "
                        + "an unexpected internal error stopped the run: send the log to whoever maintains jixiao";
    }

    static boolean alreadyOpen(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a PostgreSQL server's refusal means for the operator, by its SQLSTATE (the driver's own text is
     * English and names the server's internals); null for one that is not about reaching or using the store.
     */
    private static String postgres(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null || !sql.getClass().getName().startsWith("org.postgresql")) {
            return null;
        }
        if (state.startsWith("08")) {
            return "无法连接 --store 给出的 PostgreSQL 数据库（主机、端口是否正确，服务器是否在运行）；本次未做任何改动 / "
                    + "cannot connect to the PostgreSQL store: check host, port and that the server runs";
        }
        if (state.startsWith("28")) {
            return "PostgreSQL 拒绝了 --store 中的用户名或密码；本次未做任何改动 / the PostgreSQL store refused the user or password";
        }
        if (state.equals("3D000")) {
            return "--store 中的数据库在 PostgreSQL 上不存在，请先建立（见 README「PostgreSQL」） / the database named in --store does not exist";
        }
        if (state.equals("42501")) {
            return "--store 中的数据库用户权限不足（需要在其模式中建表、读写，见 README「PostgreSQL」） / the store's user lacks a right it needs";
        }
        if (state.equals("53300")) {
            return "PostgreSQL 的连接数已满（max_connections），请稍后重试或调高 / the PostgreSQL server has no connection left";
        }
        return null;
    }

    private static boolean corrupt(SQLException sql) {
        int code = sql.getErrorCode();
        return code == H2_FILE_CORRUPTED || code == H2_FILE_VERSION_ERROR
                || code == H2_GENERAL_ERROR && String.valueOf(sql.getMessage()).contains("MVStore");
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
