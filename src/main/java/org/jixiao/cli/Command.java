package org.jixiao.cli;

import java.io.PrintStream;

/**
 * A command of the command line that lives outside the product: the tools {@code generate} and
 * {@code bench} (src/tools/java) offer theirs through {@link java.util.ServiceLoader}, so the command
 * line runs them without the product's packages depending on the tools.
 */
public interface Command {

    /** The command word: {@code java -jar jixiao.jar <name> …}. */
    String name();

    ExitCode run(Options options, PrintStream out);
}
