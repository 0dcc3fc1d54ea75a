package org.jixiao.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jixiao.store.RunOwner;

/**
 * jixiao in a JVM of its own, as an operator starts it ({@code worker …}, or a night): what it prints is
 * kept for the test to wait on, and copied to a log file in the test's folder for a look afterwards.
 */
final class JixiaoProcess implements AutoCloseable {

    private final Process process;
    private final StringBuffer said = new StringBuffer();
    private final Thread reader;

    private JixiaoProcess(Process process, Path log) {
        this.process = process;
        this.reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    said.append(line).append('\n');
                    out.println(line);
                }
            } catch (IOException e) {
                said.append("(output lost: ").append(e).append(")\n");
            }
        }, "jixiao-process-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code java … org.jixiao.JixiaoApplication args} on this test's class path.
     *
     * @param properties system properties, {@code name=value} (the test-only halt, say)
     */
    static JixiaoProcess start(Path dir, String name, List<String> properties, String... args) throws IOException {
        List<String> command = java(dir);
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
        properties.forEach(p -> command.add("-D" + p));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.jixiao.JixiaoApplication"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new JixiaoProcess(process, dir.resolve(name + ".log"));
    }

    /**
     * Starts {@code java [jvmOptions] -jar jar args} as an operator does (with the heap and the test's folders):
     * a night so started runs in a JVM of its own ({@link NightJvm}), which this process waits for.
     */
    static JixiaoProcess startJar(Path dir, String name, Path jar, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = java(dir);
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new JixiaoProcess(process, dir.resolve(name + ".log"));
    }

    /**
     * {@code java} with what every test JVM has: the heap, UTF-8, the tests' time zone, no display, and temporary
     * files in the test's folder (a halted JVM leaves its temporary font copies behind: not in /tmp).
     */
    private static List<String> java(Path dir) throws IOException {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-Djava.io.tmpdir=" + tmp, "-Dfile.encoding=UTF-8", "-Duser.timezone=Asia/Shanghai", "-Djava.awt.headless=true"));
    }

    /** The JVMs this process started (a night's, for one started from the jar). */
    List<ProcessHandle> children() {
        return process.children().toList();
    }

    /** The process as manifest.json and jx_worker name it. */
    String worker() {
        return RunOwner.worker().substring(0, RunOwner.worker().lastIndexOf(':') + 1) + process.pid();
    }

    String said() {
        return said.toString();
    }

    /** Waits until the process has printed {@code text}; fails, saying what it printed, if it does not in time or ends first. */
    void awaitSaying(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!said.toString().contains(text)) {
            if (!process.isAlive() && !reader.isAlive() && !said.toString().contains(text)) {
                throw new AssertionError("ended (" + process.exitValue() + ") without saying " + text + ":\n" + said);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("did not say " + text + " in " + timeout + ":\n" + said);
            }
            Thread.sleep(100);
        }
    }

    /**
     * Runs a night on {@code input} into {@code output} (the tests' run date) in a JVM of its own, as cron would,
     * halted at {@code haltAt} by the test-only hook; returns its exit code once it has ended.
     */
    static int halted(Path dir, String haltAt, Path input, Path output, String... options) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("--input=" + input, "--output=" + output, "--run-date=" + RunOutputs.RUN_DATE));
        args.addAll(List.of(options));
        try (JixiaoProcess night = start(dir, "halted-" + haltAt.replace(':', '-'), List.of("jixiao.test.halt=" + haltAt),
                args.toArray(String[]::new))) {
            return night.awaitExit(Duration.ofMinutes(5));
        }
    }

    /** Waits for the process to end; its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running after " + timeout + ":\n" + said);
        }
        reader.join(5_000);
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
