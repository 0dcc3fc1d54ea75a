package org.jixiao.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.jixiao.JixiaoApplication;
import org.jixiao.batch.NightlyRun;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Dispatches the command line to a command and turns its result into the process exit code. */
public final class Cli {

    private static final Set<String> RUN_OPTIONS = Set.of("input", "output", "run-date", "store", "help");

    private Cli() {
    }

    public static int run(String[] args) {
        PrintStream out = System.out;
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Help.USAGE);
            return ExitCode.USAGE.code();
        }
        if (options.has("help") || options.command().equals("help")) {
            out.println(Help.USAGE);
            return ExitCode.OK.code();
        }
        try {
            return switch (options.command()) {
                case "run" -> nightly(options, out).code();
                case "template" -> TemplateCommand.run(options, out).code();
                default -> {
                    System.err.println("未知命令 / unknown command: " + options.command());
                    System.err.println(Help.USAGE);
                    yield ExitCode.USAGE.code();
                }
            };
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            return ExitCode.USAGE.code();
        }
    }

    private static ExitCode nightly(Options options, PrintStream out) {
        for (String name : options.values().keySet()) {
            if (!RUN_OPTIONS.contains(name)) {
                throw new UsageException("未知选项 / unknown option: --" + name + "\n" + Help.USAGE);
            }
        }
        Path input = Path.of(options.get("input", "input")).toAbsolutePath().normalize();
        Path output = Path.of(options.get("output", "output")).toAbsolutePath().normalize();
        LocalDate runDate = runDate(options.get("run-date", null));
        SpringApplication app = new SpringApplication(JixiaoApplication.class);
        app.setDefaultProperties(Store.defaults(output, options.get("store", null)));
        try (ConfigurableApplicationContext context = app.run(options.springArgs().toArray(String[]::new))) {
            NightlyRun.Outcome outcome = context.getBean(NightlyRun.class).run(input, output, runDate);
            return Report.print(context, outcome, output, out);
        } catch (Exception e) {
            return Faults.report(e, output);
        }
    }

    private static LocalDate runDate(String value) {
        if (value == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("--run-date 应为 YYYY-MM-DD / must be YYYY-MM-DD: " + value);
        }
    }

    /** A wrong command line, reported with the usage text. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
