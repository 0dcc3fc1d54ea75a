package org.jixiao.batch.remote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jixiao.store.TestDatabase;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A manager and workers as separate JVMs on loopback, sharing one test schema on PostgreSQL and one
 * output folder; each process's lines are kept (and copied to a log in the test's folder) for the test
 * to wait on.
 */
final class Cluster implements AutoCloseable {

    static final String WORKER_TABLE = """
            CREATE TABLE jx_worker (
                worker VARCHAR(200) PRIMARY KEY,
                started_at TIMESTAMPTZ NOT NULL,
                beat_at TIMESTAMPTZ NOT NULL,
                stopped_at TIMESTAMPTZ,
                lost_at TIMESTAMPTZ
            );
            """;

    private final TestDatabase db;
    private final Path dir;
    private final Path logs;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final List<Node> nodes = new ArrayList<>();

    /** Logs go to target/remote-logs/{@code name}, kept after the test for a look at what happened. */
    Cluster(TestDatabase db, Path dir, String name) throws IOException {
        this(db, dir, name, true);
    }

    /** On a schema another cluster made already when {@code createSchema} is false. */
    Cluster(TestDatabase db, Path dir, String name, boolean createSchema) throws IOException {
        this.db = db;
        this.dir = dir;
        this.logs = Files.createDirectories(Path.of("target", "remote-logs", name));
        try (var old = Files.list(logs)) {
            for (Path log : old.toList()) {
                Files.delete(log);
            }
        }
        ResourceDatabasePopulator schema = new ResourceDatabasePopulator(
                new ClassPathResource("org/springframework/batch/core/schema-postgresql.sql"),
                new ClassPathResource("org/springframework/integration/jdbc/schema-postgresql.sql"),
                new ByteArrayResource(WORKER_TABLE.getBytes(StandardCharsets.UTF_8)));
        if (createSchema) {
            schema.execute(db.dataSource());
        }
        set("url", db.url());
        set("output", output().toString());
        set("runId", "1");
    }

    Path output() {
        return dir.resolve("out");
    }

    Cluster set(String name, Object value) {
        settings.put(name, String.valueOf(value));
        return this;
    }

    Node manager() throws IOException {
        return start("manager");
    }

    Node worker() throws IOException {
        return start("worker");
    }

    private Node start(String role) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-Dlogback.configurationFile=org/jixiao/batch/remote/logback-node.xml"));
        settings.forEach((k, v) -> command.add("-Djixiao." + k + "=" + v));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), RemoteNode.class.getName(), role));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Node node = new Node(role + "-" + nodes.size(), process, logs.resolve(role + "-" + nodes.size() + ".log"));
        nodes.add(node);
        return node;
    }

    @Override
    public void close() {
        for (Node node : nodes) {
            node.process.destroyForcibly();
        }
        for (Node node : nodes) {
            try {
                node.process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One JVM and the lines it printed. */
    static final class Node {
        final String name;
        final Process process;
        final List<String> lines = new CopyOnWriteArrayList<>();

        Node(String name, Process process, Path log) throws IOException {
            this.name = name;
            this.process = process;
            PrintWriter copy = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true);
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                        copy.println(line);
                        synchronized (this) {
                            notifyAll();
                        }
                    }
                } catch (IOException e) {
                    // the process is gone
                } finally {
                    copy.close();
                    synchronized (this) {
                        notifyAll();
                    }
                }
            }, name + "-out");
            reader.setDaemon(true);
            reader.start();
        }

        long pid() {
            return process.pid();
        }

        /** The first line matching, waiting up to {@code timeout}; fails the test with this process's output if none comes. */
        String await(Predicate<String> wanted, Duration timeout, String what) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            synchronized (this) {
                while (true) {
                    for (String line : lines) {
                        if (wanted.test(line)) {
                            return line;
                        }
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0 || (!process.isAlive() && lines.stream().noneMatch(wanted))) {
                        if (!process.isAlive()) {
                            Thread.sleep(200);
                            for (String line : lines) {
                                if (wanted.test(line)) {
                                    return line;
                                }
                            }
                        }
                        throw new AssertionError(name + ": no line " + what + " within " + timeout.toSeconds() + " s; it printed:\n"
                                + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())));
                    }
                    wait(Math.min(500, Math.max(1, left / 1_000_000)));
                }
            }
        }

        String await(String prefix, Duration timeout) throws InterruptedException {
            return await(l -> l.startsWith(prefix), timeout, "starting with '" + prefix + "'");
        }

        int exit(Duration timeout) throws InterruptedException {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(name + " still running after " + timeout.toSeconds() + " s; it printed:\n"
                        + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())));
            }
            return process.exitValue();
        }

        List<String> linesStarting(String prefix) {
            return lines.stream().filter(l -> l.startsWith(prefix)).toList();
        }

        void signal(String signal) throws IOException, InterruptedException {
            new ProcessBuilder("kill", "-" + signal, String.valueOf(pid())).inheritIO().start().waitFor();
        }
    }
}
