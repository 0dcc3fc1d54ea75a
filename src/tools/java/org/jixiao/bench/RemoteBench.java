package org.jixiao.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.jixiao.generate.Generated;
import org.jixiao.generate.Generator;
import org.jixiao.generate.Mix;
import org.jixiao.store.RunOwner;
import org.jixiao.store.StoreSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench --scale=S|M|L --workers=N --store=jdbc:postgresql://…} (issue 16): the city's night run with
 * its render on N remote worker JVMs of one thread each, then on fewer, down to one: render pages per
 * second for each count, and what the manager costs per partition (its JVM's CPU and its database
 * sessions' CPU over the render step, divided by the partitions). The workers first render the city
 * unmeasured until their render time settles, as long-running workers' would have: a worker's compiler
 * is still busy after two cities at M (measured: 27.3, 14.2, 12.1, 9.6, 9.1, 9.6, then 8.6 s from the
 * seventh night on for the same render on two workers). Everything happens in a schema of its own in the
 * given database ({@code jixiao_bench_<time>}), dropped at the end: the store's user needs to create one.
 */
public final class RemoteBench {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    /** Warm-up nights: at least this many, */
    private static final int WARM_UP_MIN = 4;
    /** at most this many, */
    private static final int WARM_UP_MAX = 14;
    /** ending when this many nights in a row rendered no faster than the fastest before them (by 3%). */
    private static final int SETTLED_AFTER = 3;

    /** A measured night: its render step on {@code workers} workers. */
    /**
     * @param managerThreadMillis the CPU of the manager's thread that splits the step, sends the requests, polls and sums up
     * @param managerJvmMillis the manager JVM's CPU in all over the render step (that thread, its collector and compiler, timers)
     * @param managerDbMillis the CPU of the manager's database sessions
     */
    public record Night(int workers, double renderSeconds, long pages, int partitions, double workerCpuSeconds, double managerThreadMillis,
            double managerJvmMillis, double managerDbMillis) {

        public double pagesPerSecond() {
            return pages / renderSeconds;
        }

        /** What handling a partition costs the manager: its thread's work and its database sessions'. */
        public double managerMillisPerPartition() {
            return (managerThreadMillis + Math.max(0, managerDbMillis)) / partitions;
        }

        /** All the manager JVM spent over the render, background included, per partition. */
        public double managerJvmMillisPerPartition() {
            return managerJvmMillis / partitions;
        }
    }

    private final Scale scale;
    private final Mix mix;
    private final Path folder;
    private final String server;
    private final int workers;
    private final long seed;

    public RemoteBench(Scale scale, Mix mix, Path output, String store, int workers, long seed) {
        this.scale = scale;
        this.mix = mix;
        this.folder = output.resolve(BenchRun.name(scale, mix) + "-workers");
        this.server = store;
        this.workers = workers;
        this.seed = seed;
    }

    public Path folder() {
        return folder;
    }

    public Generated generate() throws IOException {
        BenchRun.delete(folder.resolve("input"));
        return new Generator().generate(scale.projects(), seed, mix, folder.resolve("input"));
    }

    /**
     * Runs the nights, most workers first.
     *
     * @param night runs a night on the command line's terms and returns its exit code
     */
    public List<Night> run(Function<List<String>, Integer> night, java.util.function.Consumer<String> say) throws Exception {
        String schema = "jixiao_bench_" + LocalDateTime.now().format(STAMP);
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String store = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        List<Night> nights = new ArrayList<>();
        try (HikariDataSource db = pool(store); WorkerProcesses started = new WorkerProcesses()) {
            StoreSchema.migrate(db);
            for (int i = 1; i <= workers; i++) {
                started.start(store, Files.createDirectories(folder).resolve("worker-" + i + ".log"));
            }
            say.accept("启动 " + workers + " 个工作进程 / starting workers");
            started.awaitReady(Duration.ofMinutes(10));
            // a worker's compiler needs several cities to settle, and until it has, the count measured
            // last (one worker, the warmest) would look better than it is
            double fastest = Double.MAX_VALUE;
            int notFaster = 0;
            for (int w = 1; w <= WARM_UP_MAX && (w <= WARM_UP_MIN || notFaster < SETTLED_AFTER); w++) {
                say.accept("预热：渲染第 " + w + " 遍，不计时 / warm-up night");
                double seconds = measure(night, store, db, started, "warm").renderSeconds();
                say.accept(String.format(java.util.Locale.ROOT, "预热第 %d 遍：生成报表 %.1f 秒 / warm-up render s", w, seconds));
                notFaster = seconds < fastest * 0.97 ? 0 : notFaster + 1;
                fastest = Math.min(fastest, seconds);
            }
            for (int n : counts()) {
                started.stopDownTo(n);
                say.accept(n + " 个工作进程 / workers");
                nights.add(measure(night, store, db, started, "out-" + n));
            }
        } finally {
            try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
        return nights;
    }

    /** N, 2 and 1 workers (those not above N), most first. */
    private List<Integer> counts() {
        return new ArrayList<>(new TreeSet<>(List.of(workers, Math.min(2, workers), 1)).descendingSet());
    }

    private Night measure(Function<List<String>, Integer> night, String store, HikariDataSource db, WorkerProcesses started, String out)
            throws Exception {
        Path output = folder.resolve(out);
        BenchRun.delete(output);
        JdbcTemplate jdbc = new JdbcTemplate(db);
        Long last = jdbc.queryForObject("SELECT MAX(job_execution_id) FROM batch_job_execution", Long.class);
        long after = last == null ? 0 : last;
        RenderWatch watch = new RenderWatch(jdbc, after, started);
        watch.start();
        int code = night.apply(List.of("--input=" + folder.resolve("input"), "--output=" + output, "--run-date=" + BenchRun.RUN_DATE,
                "--store=" + store, "--workers=remote"));
        watch.interrupt();
        watch.join();
        if (code != 0 && code != 2) {
            throw new IllegalStateException("基准测试的每晚作业失败，退出码 " + code + " / the benchmark's night failed");
        }
        Map<String, Object> render = jdbc.queryForMap("""
                SELECT start_time, end_time FROM batch_step_execution WHERE job_execution_id > ? AND step_name = 'render'
                 ORDER BY step_execution_id DESC LIMIT 1""", after);
        Integer partitions = jdbc.queryForObject("""
                SELECT COUNT(*) FROM batch_step_execution WHERE job_execution_id > ? AND step_name LIKE 'renderDepartments:%'""",
                Integer.class, after);
        double seconds = Duration.between(((Timestamp) render.get("start_time")).toLocalDateTime(),
                ((Timestamp) render.get("end_time")).toLocalDateTime()).toMillis() / 1000.0;
        return new Night(started.size(), seconds, workerPages(output), partitions, watch.workerCpu().toMillis() / 1000.0,
                watch.managerThread().toNanos() / 1e6, watch.managerJvm().toNanos() / 1e6, watch.managerDb().toNanos() / 1e6);
    }

    /** The pages of the PDFs manifest.json says a worker wrote (not this process: the night's manager). */
    private static long workerPages(Path output) throws IOException {
        JsonNode manifest = JsonMapper.builder().build().readTree(output.resolve("manifest.json").toFile());
        java.util.Set<String> byWorkers = new java.util.HashSet<>();
        for (JsonNode w : manifest.path("run").path("writers")) {
            if (!w.path("worker").asString().equals(RunOwner.worker())) {
                byWorkers.add(w.path("path").asString());
            }
        }
        long pages = 0;
        for (JsonNode o : manifest.path("outputs")) {
            if (byWorkers.contains(o.path("path").asString()) && o.path("pages").isNumber()) {
                pages += o.path("pages").asLong();
            }
        }
        return pages;
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(2);
        config.setPoolName("jixiao-bench");
        config.addDataSourceProperty("ApplicationName", "jixiao-bench");
        return new HikariDataSource(config);
    }

    /** This JVM's CPU time so far: the night's manager runs here. */
    static Duration jvmCpu() {
        return Duration.ofNanos(((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime());
    }

    /** Clock ticks per second of /proc/PID/stat's CPU times (Linux's USER_HZ). */
    static final int TICKS = 100;

    /**
     * The CPU time, per process, of the database server's processes serving this JVM's night (its
     * connections and the request queue's), read from /proc: a server on this host. Empty when unreadable.
     */
    static Map<Integer, Duration> managerSessions(JdbcTemplate jdbc) {
        List<Integer> pids = jdbc.queryForList("SELECT pid FROM pg_stat_activity WHERE application_name IN (?, ?)", Integer.class,
                "jixiao-manager " + RunOwner.worker(), "jixiao-manager-requests " + RunOwner.worker());
        Map<Integer, Duration> cpu = new java.util.HashMap<>();
        for (int pid : pids) {
            try {
                String stat = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                cpu.put(pid, Duration.ofMillis((Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / TICKS));
            } catch (IOException | RuntimeException e) {
                // another host's server, or a session just ended
            }
        }
        return cpu;
    }
}
