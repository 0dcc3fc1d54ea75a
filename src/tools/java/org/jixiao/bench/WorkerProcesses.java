package org.jixiao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The remote workers a benchmark starts: {@code jixiao worker} JVMs on this host, each sized for one
 * core ({@code -XX:ActiveProcessorCount=1}: one partition at a time, and its collector and compiler
 * threads as on a one-core host), their output in a log each.
 */
final class WorkerProcesses implements AutoCloseable {

    private final List<Process> processes = new ArrayList<>();
    private final List<Path> logs = new ArrayList<>();

    /** Starts a worker on {@code store}, logging to {@code log}. */
    void start(String store, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ActiveProcessorCount=1", "-Xmx768m", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true"));
        command.addAll(launcher());
        command.addAll(List.of("worker", "--store=" + store));
        processes.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start());
        logs.add(log);
    }

    /** {@code -jar jixiao.jar} when this JVM runs from the jar; its class path and main class otherwise (tests). */
    private static List<String> launcher() {
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            return List.of("-jar", classPath);
        }
        return List.of("-cp", classPath, "org.jixiao.JixiaoApplication");
    }

    /** Waits until every worker has said it is ready. */
    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int i = 0; i < processes.size(); i++) {
            while (!Files.readString(logs.get(i), StandardCharsets.UTF_8).contains("已就绪")) {
                if (!processes.get(i).isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("工作进程未能就绪 / a worker did not start: " + Files.readString(logs.get(i),
                            StandardCharsets.UTF_8));
                }
                Thread.sleep(200);
            }
        }
    }

    int size() {
        return processes.size();
    }

    /** The CPU time the live workers have used so far. */
    Duration cpu() {
        return processes.stream().map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO)).reduce(Duration.ZERO, Duration::plus);
    }

    /** Stops the newest worker as an operator would (SIGTERM), so that {@code n} remain. */
    void stopDownTo(int n) throws InterruptedException {
        while (processes.size() > n) {
            Process p = processes.remove(processes.size() - 1);
            logs.remove(logs.size() - 1);
            p.destroy();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopDownTo(0);
    }
}
