package org.jixiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks what a run needs before anything is touched, so a bad path fails with a plain message. */
public final class Preflight {

    private Preflight() {
    }

    /** Why the run cannot start, or null when it can. */
    public static String problem(Path input, Path output) {
        if (!Files.exists(input)) {
            return "输入目录不存在：" + input + "（请检查 --input） / input folder not found: " + input;
        }
        if (!Files.isDirectory(input) || !Files.isReadable(input)) {
            return "输入目录无法读取：" + input + "（请检查路径和权限） / input folder cannot be read: " + input;
        }
        try {
            Files.createDirectories(output.resolve(Store.FOLDER));
            Path probe = Files.createTempFile(output.resolve(Store.FOLDER), "probe", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            return "输出目录无法写入：" + output + "（请检查路径、权限和磁盘空间） / output folder cannot be written: " + output;
        }
        return null;
    }
}
