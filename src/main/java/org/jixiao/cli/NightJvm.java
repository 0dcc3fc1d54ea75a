package org.jixiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.jixiao.batch.KnownHashes;
import org.jixiao.batch.QuickCompile;

/**
 * The JVM a night runs in. A night started as the README says ({@code java -jar jixiao.jar}, or with the
 * operator's own JVM options) is run by a second JVM that this one starts with the options a night wants,
 * which only a command line can give a JVM and which no operator should have to remember:
 *
 * <ul>
 * <li><b>The classes mapped, not loaded.</b> A night loads some 8,000 classes (Spring, Spring Batch, H2, Jasper,
 * POI, OpenPDF). The build runs a night on the sample filings in a JVM that writes them, parsed and verified, to
 * a class-data sharing archive as it ends ({@code -XX:ArchiveClassesAtExit}, {@code jixiao.jsa} beside the jar);
 * every night then maps it ({@code -XX:SharedArchiveFile}). No night writes one: writing it took a first L
 * night 20 s longer. The JVM itself leaves an archive unused that another JVM or another jar made.
 * <li><b>C1 alone on a short night.</b> A night that will read few files ({@link KnownHashes#fewWritten}, the
 * share {@link QuickCompile} uses) compiles with C1 only from its first instruction ({@code
 * -XX:TieredStopAtLevel=1}): such a night is over before C2's code would repay compiling it, and C1's own code
 * is cheaper to make without the profiling C2 would need; and with the serial collector, which spent the least CPU
 * of the three beside a night that keeps both cores busy. {@link QuickCompile} leaves C2 out from the scan on,
 * for a JVM started otherwise.
 * </ul>
 *
 * <p>What the night prints and its exit code are the second JVM's. The first one only waits: stopped (Ctrl-C,
 * {@code kill}), it stops the night as if it had been stopped itself and waits for it; killed outright ({@code
 * kill -9}), the night notices its standard input close and kills itself at once, so the next night resumes it as
 * it resumes any killed night. Options the operator gives the JVM are passed on, and one of the above that they
 * already decide is left to them; {@code --jixiao.tuned-jvm=false} runs the night in the JVM that was started, as
 * do a night started from a class path rather than the jar (the tests) and any other command.
 */
public final class NightJvm {

    /** The system property the night's JVM is started with: the process id of the JVM that started it. */
    static final String LAUNCHED = "jixiao.launched";

    /** The exit code of a night halted because the JVM that started it was killed and it could not kill itself. */
    static final int HALTED = 137;

    private static final String ARCHIVE = "jixiao.jsa";
    /** The archive's messages (written, mapped, or not usable) are the JVM's business, not the operator's. */
    private static final String QUIET = "-Xlog:cds*=off";

    private NightJvm() {
    }

    /**
     * Runs the night of {@code args} in a JVM of its own when this JVM was started to run one from the jar: its
     * exit code; empty when this JVM is to run it (any other command, a class path, the setting off, this JVM
     * already the night's, or a JVM that could not be started).
     */
    public static OptionalInt launch(String[] args) {
        if (System.getProperty(LAUNCHED) != null) {
            watchLauncher();
            return OptionalInt.empty();
        }
        Plan plan;
        Process night;
        try {
            Optional<Plan> planned = plan(args, Started.thisJvm());
            if (planned.isEmpty()) {
                return OptionalInt.empty();
            }
            plan = planned.get();
            night = new ProcessBuilder(plan.command()).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(night), "jixiao-night-stop"));
        return OptionalInt.of(awaitEnd(night));
    }

    /** The night's JVM: the command that starts it. */
    record Plan(List<String> command) {
    }

    /**
     * How a JVM was started: its class path, the main class or jar it ran ({@code sun.java.command}'s first word),
     * and its command line after the {@code java} executable (empty where the system does not tell).
     */
    record Started(String classPath, String main, Optional<List<String>> arguments) {
        static Started thisJvm() {
            return new Started(System.getProperty("java.class.path", ""), System.getProperty("sun.java.command", "").split(" ")[0],
                    ProcessHandle.current().info().arguments().map(List::of));
        }
    }

    /** What a JVM started as {@code started} would start for {@code args}, or empty when it runs the command itself. */
    static Optional<Plan> plan(String[] args, Started started) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (options.has("help") || !options.command().equals("run") || setting(options, "tuned-jvm").equals("false")) {
            return Optional.empty();
        }
        String classPath = started.classPath();
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator) || !started.main().equals(classPath)
                || started.arguments().isEmpty()) {
            return Optional.empty();
        }
        List<String> given = started.arguments().get();
        int jar = given.indexOf("-jar");
        if (jar < 0) {
            return Optional.empty();
        }
        List<String> jvmOptions = given.subList(0, jar);
        Path jarFile = Path.of(classPath).toAbsolutePath().normalize();
        Path input = Path.of(options.values().getOrDefault("input", "input")).toAbsolutePath().normalize();
        Path output = Path.of(options.values().getOrDefault("output", "output")).toAbsolutePath().normalize();

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        if (jvmOptions.stream().noneMatch(NightJvm::decidesSharing) && Files.isRegularFile(archive(jarFile))) {
            // an archive the JVM finds stale (another JVM, a rebuilt or moved jar) it leaves unused, and says so only in its log
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive(jarFile), QUIET));
        }
        if (!setting(options, "quick-compile").equals("false") && jvmOptions.stream().noneMatch(NightJvm::decidesCompilers)
                && KnownHashes.fewWritten(output, input, QuickCompile.SHORT_SHARE)) {
            command.add("-XX:TieredStopAtLevel=1");
            if (jvmOptions.stream().noneMatch(o -> o.startsWith("-XX:+Use") && o.endsWith("GC"))) {
                // two threads busy all the short night: the serial collector spends the least CPU beside them
                command.add("-XX:+UseSerialGC");
            }
        }
        command.add("-D" + LAUNCHED + "=" + ProcessHandle.current().pid());
        command.addAll(List.of("-jar", jarFile.toString()));
        command.addAll(List.of(args));
        return Optional.of(new Plan(command));
    }

    /** The class archive the build makes beside the jar (see the pom: a night on the sample filings writes it as it ends). */
    static Path archive(Path jar) {
        return jar.resolveSibling(ARCHIVE);
    }

    /** A {@code --jixiao.name=value} setting as given (Spring's relaxed spellings of the name too), lower case; "" when not given. */
    private static String setting(Options options, String name) {
        String wanted = ("jixiao." + name).replace("-", "").toLowerCase(Locale.ROOT);
        String value = "";
        for (String a : options.springArgs()) {
            int eq = a.indexOf('=');
            String key = (eq < 0 ? a.substring(2) : a.substring(2, eq)).replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
            if (key.equals(wanted)) {
                value = eq < 0 ? "true" : a.substring(eq + 1).trim().toLowerCase(Locale.ROOT);
            }
        }
        return value;
    }

    /** An operator's JVM option that says how classes are shared: then theirs holds. */
    private static boolean decidesSharing(String option) {
        return option.startsWith("-Xshare") || option.startsWith("-XX:SharedArchiveFile") || option.startsWith("-XX:ArchiveClassesAtExit")
                || option.contains("UseSharedSpaces") || option.startsWith("-XX:SharedClassListFile");
    }

    /** An operator's JVM option that says which compilers run: then theirs holds. */
    private static boolean decidesCompilers(String option) {
        return option.startsWith("-XX:TieredStopAtLevel") || option.equals("-Xint") || option.equals("-Xcomp")
                || option.contains("TieredCompilation") || option.startsWith("-XX:CompilationMode");
    }

    /** Waits for the night, however often this thread is interrupted: the exit code is the night's. */
    private static int awaitEnd(Process night) {
        while (true) {
            try {
                return night.waitFor();
            } catch (InterruptedException e) {
                // this JVM is the night's waiting room: only the night's end ends it
            }
        }
    }

    /** This JVM is stopping (Ctrl-C, kill): the night is stopped as it would be on its own, and waited for. */
    private static void stop(Process night) {
        if (night.isAlive()) {
            night.destroy();
            awaitEnd(night);
        }
    }

    /**
     * In the night's JVM: ends it the moment the JVM that started it is gone (its standard input, a pipe from that
     * JVM, closes), as that JVM was killed outright. The night is then where a {@code kill -9} leaves it. It is
     * killed, not halted: a halted JVM still runs the exit work its options ask for (a class archive, say).
     */
    private static void watchLauncher() {
        Thread watch = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing is ever written: only the end of the pipe matters
                }
            } catch (IOException e) {
                // a broken pipe is the same end
            }
            try {
                new ProcessBuilder("kill", "-KILL", String.valueOf(ProcessHandle.current().pid())).start().waitFor();
            } catch (IOException e) {
                // no kill command: halted instead
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(HALTED);
        }, "jixiao-launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
