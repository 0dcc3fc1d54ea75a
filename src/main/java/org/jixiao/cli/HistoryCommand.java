package org.jixiao.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.jixiao.JixiaoApplication;
import org.jixiao.store.RunStore;
import org.springframework.batch.core.BatchStatus;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code history}: every run kept in the store — when, its files, refusals, findings, departments made, outputs, status. */
final class HistoryCommand {

    private static final Set<String> OPTIONS = Set.of("output", "store", "help");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private HistoryCommand() {
    }

    static ExitCode run(Options options, PrintStream out) {
        options.only(OPTIONS);
        options.checkSettings();
        Path output = Path.of(options.get("output", "output")).toAbsolutePath().normalize();
        String store = Store.checked(options.get("store", null));
        if (store == null && !java.nio.file.Files.exists(output.resolve(Store.FOLDER).resolve("store.mv.db"))) {
            out.println("没有运行记录：" + output + " 下还没有 jixiao 的数据库 / no runs recorded in " + output);
            return ExitCode.OK;
        }
        if (store == null && EarlierStore.isEarlier(output)) {
            out.println("没有本版本的运行记录：" + output + " 下的数据库由旧版本 jixiao 建立，下次运行时移到一旁并重新开始 / "
                    + "the store in " + output + " was made by an earlier jixiao; the next night moves it aside and starts afresh");
            return ExitCode.OK;
        }
        SpringApplication app = new SpringApplication(JixiaoApplication.class);
        app.setDefaultProperties(Store.defaults(output, store, "history"));
        try (ConfigurableApplicationContext context = app.run(options.springArgs().toArray(String[]::new))) {
            RunStore runs = context.getBean(RunStore.class);
            print(runs.runs(), runs.outputCounts(), out);
            return ExitCode.OK;
        } catch (Exception e) {
            if (Faults.alreadyOpen(e)) {
                System.err.println("有运行正在进行，请稍后再查看历史 / a run is in progress, try again when it has finished");
                return ExitCode.BUSY;
            }
            return Faults.report(e, output);
        }
    }

    /**
     * One line per run. The counts are those of everything the night published, as a fresh run would
     * count them; what was new that night stands beside them (files read, 错误 new since the night before).
     */
    static void print(List<RunStore.Run> runs, java.util.Map<Long, Integer> outputs, PrintStream out) {
        out.println("运行  开始时间             结束时间             状态        运行日期    文件(当前/本次读入/撤回)  拒收(文件/项目)"
                + "  错误(其中新增)/问题/提示  部门(重新生成/保留)  输出");
        for (RunStore.Run r : runs) {
            RunStore.Figures f = r.figures();
            out.printf("%-5d %-20s %-20s %-11s %-11s %-25s %-16s %-25s %-20s %d%n", r.id(), r.started().format(TIME),
                    r.finished() == null ? "—" : r.finished().format(TIME), status(r.status()), r.runDate(),
                    f == null ? "—" : f.filesCurrent() + "/" + f.filesImported() + "/" + f.filesWithdrawn(),
                    f == null ? "—" : f.filesRefused() + "/" + f.projectsRefused(),
                    f == null ? "—" : f.errors() + "(" + f.errorsNew() + ")/" + f.problems() + "/" + f.hints(),
                    f == null ? "—" : f.departmentsRendered() + "/" + f.departmentsKept(), outputs.getOrDefault(r.id(), 0));
        }
    }

    private static String status(BatchStatus status) {
        return switch (status) {
            case COMPLETED -> "完成";
            case STARTED -> "进行中/中断";
            case FAILED -> "失败";
            case ABANDONED -> "已放弃";
            case STOPPED -> "已停止";
            default -> status.name();
        };
    }
}
