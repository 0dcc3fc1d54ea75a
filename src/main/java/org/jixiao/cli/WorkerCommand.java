package org.jixiao.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.jixiao.JixiaoApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * {@code worker --store=jdbc:postgresql://…}: a remote worker. It takes partitions of any night run on
 * that store with {@code --workers=remote}, one at a time on one thread, until it is sent SIGTERM; then
 * it takes nothing new, finishes or hands back the partition in hand, and exits. Its log is its output
 * (run it as a service). It needs the input and output folders of the nights at the paths the night's
 * manager sees them (a shared file system) and, for the same bytes, the same jar, templates/ folder and
 * {@code --jixiao.scoring.*} settings as the night — a worker with others refuses the partition.
 */
final class WorkerCommand {

    private static final Set<String> OPTIONS = Set.of("store", "help");

    private WorkerCommand() {
    }

    static ExitCode run(Options options, PrintStream out) {
        options.only(OPTIONS);
        options.checkSettings();
        String store = Store.checked(options.get("store", null));
        if (!Store.isPostgres(store)) {
            throw new Cli.UsageException("工作进程需要 PostgreSQL 存储：--store=jdbc:postgresql://主机:5432/数据库?user=…&password=… / "
                    + "a worker needs a PostgreSQL store: --store=jdbc:postgresql://…");
        }
        SpringApplication app = new SpringApplication(JixiaoApplication.class);
        app.setDefaultProperties(properties(store));
        CountDownLatch closed = new CountDownLatch(1);
        app.addListeners(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        ConfigurableApplicationContext context;
        try {
            // above application.properties, whose pool is sized for a night's threads
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--spring.datasource.hikari.maximum-pool-size=4",
                    "--spring.datasource.hikari.minimum-idle=1"));
            args.addAll(options.springArgs());
            context = app.run(args.toArray(String[]::new));
        } catch (Exception e) {
            String why = Faults.explain(e, java.nio.file.Path.of("."));
            System.err.println("工作进程无法启动 / the worker cannot start: " + why);
            if (why.startsWith("意外的内部错误")) {
                // a worker's output is its log
                e.printStackTrace();
            }
            return ExitCode.FAILED;
        }
        // runs until SIGTERM: the JVM's shutdown hook closes the context (the drain first)
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            context.close();
        }
        return ExitCode.OK;
    }

    private static Map<String, Object> properties(String store) {
        Map<String, Object> p = new HashMap<>();
        p.put("spring.datasource.url", store);
        p.put("spring.datasource.hikari.data-source-properties.ApplicationName", Store.applicationName("worker"));
        p.put("jixiao.role", "worker");
        p.put("jixiao.threads", 1);
        // a service: what it does goes to its output
        p.put("logging.pattern.console", "%d{yyyy-MM-dd HH:mm:ss} %-5level %msg%n");
        p.put("logging.level.org.springframework.boot.SpringApplication", "ERROR");
        return p;
    }
}
