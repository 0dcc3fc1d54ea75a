package org.jixiao.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.jixiao.JixiaoApplication;
import org.jixiao.batch.NightlyRun;
import org.jixiao.batch.StopOnShutdown;
import org.jixiao.render.Printing;
import org.jixiao.store.RunStore;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code run}: the nightly job, one at a time per output folder, resuming an unfinished run. */
final class NightlyCommand {

    private static final Set<String> OPTIONS = Set.of("input", "output", "run-date", "store", "fresh", "help", "draft", "duplex",
            "archive", "workers");

    private NightlyCommand() {
    }

    static ExitCode run(Options options, PrintStream out) {
        options.only(OPTIONS);
        options.checkSettings();
        Path input = Path.of(options.get("input", "input")).toAbsolutePath().normalize();
        Path output = Path.of(options.get("output", "output")).toAbsolutePath().normalize();
        LocalDate runDate = runDate(options.get("run-date", null));
        Printing printing = new Printing(flag(options, "draft"), flag(options, "duplex"), flag(options, "archive"));
        String store = Store.checked(options.get("store", null));
        boolean remote = remoteWorkers(options.get("workers", "local"), store);
        String problem = Preflight.problem(input, output);
        if (problem != null) {
            System.err.println("无法开始 / cannot start: " + problem);
            return ExitCode.FAILED;
        }
        Optional<RunLock> lock;
        try {
            lock = RunLock.tryAcquire(output);
        } catch (java.io.IOException e) {
            return Faults.report(e, output);
        }
        if (lock.isEmpty()) {
            return busy(output);
        }
        try (RunLock held = lock.get()) {
            // H2's repairs are for jixiao's own store file only: a store given by URL belongs to its server
            StoreRecovery recovery = store == null ? new StoreRecovery(output) : null;
            EarlierStore.Found found = recovery == null ? EarlierStore.Found.OTHER : EarlierStore.inspect(output);
            if (recovery != null) {
                EarlierStore.moveAside(output, found).ifPresent(moved -> out.println("  存储：输出目录中的数据库由旧版本 jixiao 建立，格式不兼容，已移到 "
                        + moved.getFileName() + "；本次重新读入全部申报，结果与全新运行相同 / the store was made by an earlier jixiao: "
                        + "moved aside, this night reads every filing again"));
                Optional<java.time.Duration> rebuilt = recovery.beforeOpen();
                if (rebuilt.isPresent()) {
                    found = EarlierStore.Found.OTHER;
                }
                rebuilt.ifPresent(took -> out.printf(
                        "  存储：上次运行被中断时数据库未正常关闭，已重建（%.1f 秒） / the store left open by a killed run was rebuilt%n",
                        took.toMillis() / 1000.0));
            }
            // a store at this version's schema needs no migration: Flyway is not even started (~1 CPU-second of a night)
            boolean current = found == EarlierStore.Found.CURRENT;
            ExitCode code = launch(options, store, remote, input, output, runDate, printing, out, current);
            if (recovery != null) {
                recovery.afterClose();
            }
            return code;
        } catch (java.io.IOException | java.sql.SQLException e) {
            return Faults.report(e, output);
        }
    }

    private static ExitCode launch(Options options, String store, boolean remote, Path input, Path output, LocalDate runDate,
            Printing printing, PrintStream out, boolean schemaCurrent) {
        SpringApplication app = new SpringApplication(JixiaoApplication.class);
        java.util.Map<String, Object> properties = Store.defaults(output, store, remote ? "manager" : "night");
        if (schemaCurrent) {
            properties.put("spring.flyway.enabled", "false");
        }
        if (remote) {
            properties.put("jixiao.role", "manager");
        }
        app.setDefaultProperties(properties);
        ConsoleProgress progress = ConsoleProgress.forThisProcess(out);
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("progress", progress));
        try (ConfigurableApplicationContext context = app.run(options.springArgs().toArray(String[]::new));
                AutoCloseable held = context.getBean(StopOnShutdown.class).hold()) {
            NightlyRun.Outcome outcome = context.getBean(NightlyRun.class).run(input, output, runDate, options.has("fresh"), printing);
            return Report.print(context, outcome, output, out);
        } catch (NightlyRun.RunInProgress e) {
            System.err.println(inProgress(e.run()) + "，本次未做任何改动；请等它结束后再运行 / "
                    + "run " + e.run().id() + " is still going in another process on this store; nothing was touched, run again when it has finished");
            return ExitCode.BUSY;
        } catch (NightlyRun.StartFailed e) {
            out.println(Report.abandoned(e.abandoned()));
            if (e.getCause() instanceof NightlyRun.RunInProgress other) {
                System.err.println(inProgress(other.run()) + "：它与本次同时开始，本次未开始新的运行 / "
                        + "run " + other.run().id() + " started in another process at the same moment; this one did not start");
                return ExitCode.BUSY;
            }
            return Faults.report(e.getCause(), output);
        } catch (Exception e) {
            return Faults.alreadyOpen(e) ? busy(output) : Faults.report(e, output);
        }
    }

    private static String inProgress(RunStore.Run other) {
        return String.format("数据库中的第%d次运行仍在进行（进程 %s，输出到 %s）", other.id(), other.owner(), other.output());
    }

    private static ExitCode busy(Path output) {
        System.err.println("另一个 jixiao 运行正在使用 " + output + "，本次未做任何改动；请等它结束后再运行 / "
                + "another jixiao run is using this output folder; nothing was touched, run again when it has finished");
        return ExitCode.BUSY;
    }

    /** {@code --workers=local} (the default: this JVM's threads) or {@code remote}, which needs a PostgreSQL store. */
    private static boolean remoteWorkers(String workers, String store) {
        if (workers.equals("local")) {
            return false;
        }
        if (!workers.equals("remote")) {
            throw new Cli.UsageException("--workers 应为 local 或 remote / --workers must be local or remote: " + workers);
        }
        if (!Store.isPostgres(store)) {
            throw new Cli.UsageException("--workers=remote 需要 PostgreSQL 存储（--store=jdbc:postgresql://…）：工作进程经由它领取分区 / "
                    + "remote workers need a PostgreSQL store: they take partitions through it");
        }
        return true;
    }

    /** {@code --draft} or {@code --draft=true}; {@code --draft=false} is the default said out loud. */
    private static boolean flag(Options options, String name) {
        String value = options.flag(name);
        if (!value.equals("true") && !value.equals("false")) {
            throw new Cli.UsageException("--" + name + " 不带值，或为 true/false / takes no value, or true/false: " + value);
        }
        return Boolean.parseBoolean(value);
    }

    private static LocalDate runDate(String value) {
        if (value == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new Cli.UsageException("--run-date 应为 YYYY-MM-DD / must be YYYY-MM-DD: " + value);
        }
    }
}
