package org.jixiao.cli;

import java.io.PrintStream;
import java.util.ServiceLoader;
import org.jixiao.batch.QuickCompile;

/** Dispatches the command line to a command and turns its result into the process exit code. */
public final class Cli {

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
                case "run" -> NightlyCommand.run(options, out).code();
                case "history" -> HistoryCommand.run(options, out).code();
                case "template" -> TemplateCommand.run(options, out).code();
                case "worker" -> WorkerCommand.run(options, out).code();
                default -> tool(options.command()).run(options, out).code();
            };
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            System.err.println(Help.USAGE);
            return ExitCode.USAGE.code();
        }
    }

    /** Tells {@link QuickCompile} that this process runs one night, when the command line runs one ({@code run}, or none named). */
    public static void quickCompile(String[] args) {
        try {
            Options options = Options.parse(args);
            if (!options.has("help") && options.command().equals("run")) {
                QuickCompile.ownProcess();
            }
        } catch (RuntimeException e) {
            // a command line in error: run() says so
        }
    }

    /** A command of the tools ({@code generate}, {@code bench}) by its word; none of that name is a wrong command line. */
    private static Command tool(String name) {
        for (Command command : ServiceLoader.load(Command.class)) {
            if (command.name().equals(name)) {
                return command;
            }
        }
        throw new UsageException("未知命令 / unknown command: " + name);
    }

    /** A wrong command line, reported with the usage text. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
