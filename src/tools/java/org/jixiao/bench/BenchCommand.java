package org.jixiao.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.JixiaoApplication;
import org.jixiao.batch.NightlyRun;
import org.jixiao.cli.Cli;
import org.jixiao.cli.Command;
import org.jixiao.cli.ConsoleProgress;
import org.jixiao.cli.ExitCode;
import org.jixiao.cli.Faults;
import org.jixiao.cli.Options;
import org.jixiao.cli.Preflight;
import org.jixiao.cli.RunLock;
import org.jixiao.cli.Store;
import org.jixiao.generate.GenerateCommand;
import org.jixiao.generate.Mix;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bench --scale=S|M|L [--nights | --workers=N --store=URL] [--shapes=all|csv] [--output=DIR] [--threads=N] [--seed=S]}:
 * generates a city, runs the real
 * nightly job on it in this JVM, writes the OpenPDF lower bound, and prints and saves the table of
 * stages (issue 7). The job's outcome is part of the benchmark, not its exit code: the planted
 * defects always reject a few projects.
 */
public final class BenchCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("scale", "shapes", "output", "threads", "seed", "nights", "workers", "store",
            "help");
    /** Passed to the run so that jixiao's partitioned steps use as many threads as the lower bound. */
    static final String THREADS = "jixiao.threads";

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public ExitCode run(Options options, PrintStream out) {
        options.only(OPTIONS);
        options.checkSettings();
        Scale scale = Scale.parse(options.get("scale", ""));
        if (scale == null) {
            throw new Cli.UsageException("请用 --scale=S、M 或 L 指定规模（100、1,000、10,000 个项目） / choose --scale=S, M or L");
        }
        Mix mix = GenerateCommand.mix(options);
        Path output = Path.of(options.get("output", "output")).toAbsolutePath().normalize();
        int cores = Runtime.getRuntime().availableProcessors();
        int threads = (int) GenerateCommand.number(options, "threads", Integer.toString(cores), 1, 64);
        long seed = GenerateCommand.number(options, "seed", Long.toString(GenerateCommand.DEFAULT_SEED), Long.MIN_VALUE, Long.MAX_VALUE);
        if (options.has("nights")) {
            return nights(new Nights(scale, mix, output, threads, seed), out);
        }
        if (options.has("workers")) {
            int workers = (int) GenerateCommand.number(options, "workers", "2", 1, 32);
            String store = Store.checked(options.get("store", null));
            if (!Store.isPostgres(store)) {
                throw new Cli.UsageException("bench --workers 需要 PostgreSQL：--store=jdbc:postgresql://主机:5432/数据库?user=…&password=…"
                        + "（在其中建一个临时模式，结束时删除） / bench --workers needs a PostgreSQL --store (a scratch schema is made in it)");
            }
            return RemoteBenchReport.run(new RemoteBench(scale, mix, output, store, workers, seed), out);
        }
        String args = "bench --scale=" + scale + (mix == Mix.CSV ? " --shapes=csv" : "") + (threads != cores ? " --threads=" + threads : "")
                + (seed != GenerateCommand.DEFAULT_SEED ? " --seed=" + seed : "");
        try (BenchRun bench = new BenchRun(scale, mix, output, threads, seed)) {
            Files.createDirectories(bench.folder());
            Optional<RunLock> lock = RunLock.tryAcquire(bench.folder());
            if (lock.isEmpty()) {
                System.err.println("另一个基准测试正在使用 " + bench.folder() + " / another benchmark is using this folder");
                return ExitCode.BUSY;
            }
            try (RunLock held = lock.get()) {
                return measure(bench, options, threads, args, out);
            }
        } catch (Exception e) {
            return Faults.report(e, output.resolve(BenchRun.name(scale, mix)).resolve("out"));
        }
    }

    /** {@code --nights}: night after night on one folder, each against a fresh run (issue 14). */
    private static ExitCode nights(Nights nights, PrintStream out) {
        try {
            Files.createDirectories(nights.folder());
            Optional<RunLock> lock = RunLock.tryAcquire(nights.folder());
            if (lock.isEmpty()) {
                System.err.println("另一个基准测试正在使用 " + nights.folder() + " / another benchmark is using this folder");
                return ExitCode.BUSY;
            }
            try (RunLock held = lock.get()) {
                out.println("生成模拟申报 → " + nights.folder().resolve("input"));
                GenerateCommand.print(nights.generate(), 0, out);
                out.println("逐夜运行，每夜一个 JVM → " + nights.folder().resolve("out"));
                List<Nights.Night> done = nights.run(n -> out.printf("  %s：%.1f 秒，重新生成 %d 个部门，保留 %d 个%s%n", n.name(),
                        n.seconds(), n.rendered(), n.kept(), n.equalsFresh() == null ? "" : n.equalsFresh() ? "，与全新运行一致" : "，与全新运行不一致"));
                String table = Nights.table(done) + "\n" + Nights.bars(done);
                out.println();
                out.print(table);
                Path md = nights.folder().resolve(nights.folder().getFileName() + ".md");
                Files.writeString(md, table, java.nio.charset.StandardCharsets.UTF_8);
                out.println("表格已写入 / table written: " + md);
                return done.stream().allMatch(n -> n.equalsFresh() == null || n.equalsFresh()) ? ExitCode.OK : ExitCode.REJECTIONS;
            }
        } catch (Exception e) {
            return Faults.report(e, nights.folder().resolve("out"));
        }
    }

    private static ExitCode measure(BenchRun bench, Options options, int threads, String args, PrintStream out) throws Exception {
        out.println("生成模拟申报 → " + bench.input());
        GenerateCommand.print(bench.generate(), bench.seed(), out);
        String problem = Preflight.problem(bench.input(), bench.output());
        if (problem != null) {
            System.err.println("无法开始 / cannot start: " + problem);
            return ExitCode.FAILED;
        }
        SpringApplication app = new SpringApplication(JixiaoApplication.class);
        app.setDefaultProperties(Store.defaults(bench.output(), null));
        ConsoleProgress progress = ConsoleProgress.forThisProcess(out);
        app.addInitializers(context -> {
            context.getBeanFactory().registerSingleton("progress", progress);
            bench.instrument(context);
        });
        List<String> springArgs = new ArrayList<>(options.springArgs());
        springArgs.add("--" + THREADS + "=" + threads);
        out.println("运行每晚作业 → " + bench.output());
        try (ConfigurableApplicationContext context = bench.start(() -> app.run(springArgs.toArray(String[]::new)))) {
            NightlyRun.Outcome outcome = bench.runJob(context);
            if (!outcome.completed()) {
                Throwable cause = outcome.failures().isEmpty() ? new IllegalStateException("job ended " + outcome.status())
                        : outcome.failures().get(0);
                return Faults.report(cause, bench.output());
            }
            out.println("OpenPDF 下限（同样的页面，不经 Jasper）→ " + bench.folder().resolve("openpdf"));
            bench.runLowerBound(context);
            out.println();
            out.print(bench.report(context, args));
            out.println("表格已写入 / table written: " + bench.folder().resolve(bench.name() + ".csv") + "、.md");
            return ExitCode.OK;
        }
    }
}
