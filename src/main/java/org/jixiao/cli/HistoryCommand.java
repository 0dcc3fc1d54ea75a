package org.jixiao.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.jixiao.JixiaoApplication;
import org.jixiao.store.RunStore;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code history}: every run kept in the store — when, inputs, rows, findings, outputs, status. */
final class HistoryCommand {

    private static final Set<String> OPTIONS = Set.of("output", "store", "help");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private HistoryCommand() {
    }

    static ExitCode run(Options options, PrintStream out) {
        options.only(OPTIONS);
        options.checkSettings();
        Path output = Path.of(options.get("output", "output")).toAbsolutePath().normalize();
        if (options.get("store", null) == null && !java.nio.file.Files.exists(output.resolve(Store.FOLDER).resolve("store.mv.db"))) {
            out.println("没有运行记录：" + output + " 下还没有 jixiao 的数据库 / no runs recorded in " + output);
            return ExitCode.OK;
        }
        SpringApplication app = new SpringApplication(JixiaoApplication.class);
        app.setDefaultProperties(Store.defaults(output, options.get("store", null)));
        try (ConfigurableApplicationContext context = app.run(options.springArgs().toArray(String[]::new))) {
            print(context.getBean(RunStore.class).history(), out);
            return ExitCode.OK;
        } catch (Exception e) {
            if (Faults.alreadyOpen(e)) {
                System.err.println("有运行正在进行，请稍后再查看历史 / a run is in progress, try again when it has finished");
                return ExitCode.BUSY;
            }
            return Faults.report(e, output);
        }
    }

    static void print(List<RunStore.RunSummary> runs, PrintStream out) {
        out.println("运行  开始时间             结束时间             状态        运行日期    文件(导入/跳过)  行(读取/导入/拒收)    错误/问题/提示  输出");
        for (RunStore.RunSummary r : runs) {
            out.printf("%-5d %-20s %-20s %-11s %-11s %-16s %-21s %-15s %d%n", r.run().id(), r.run().started().format(TIME),
                    r.run().finished() == null ? "—" : r.run().finished().format(TIME), status(r.run().status()), r.run().runDate(),
                    r.filesImported() + "/" + r.filesSkipped(), r.rowsRead() + "/" + r.rowsImported() + "/" + r.rowsRejected(),
                    r.errors() + "/" + r.problems() + "/" + r.hints(), r.outputs());
        }
    }

    private static String status(String status) {
        return switch (status) {
            case "COMPLETED" -> "完成";
            case "STARTED" -> "进行中/中断";
            case "FAILED" -> "失败";
            case "ABANDONED" -> "已放弃";
            case "STOPPED" -> "已停止";
            default -> status;
        };
    }
}
