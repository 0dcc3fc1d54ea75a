package org.jixiao.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jixiao.cli.Cli;
import org.jixiao.cli.ExitCode;
import org.jixiao.cli.Faults;
import org.jixiao.cli.RunLock;
import org.jixiao.generate.GenerateCommand;

/** {@code bench --workers=N --store=URL}: runs {@link RemoteBench} and prints its table and the bar of issue 16. */
final class RemoteBenchReport {

    /** 2 workers render at least this many times as fast as 1. */
    static final double SCALING_BAR = 1.6;
    /** The manager's CPU (its JVM and its database sessions) per partition, at most. */
    static final double MANAGER_BAR_MILLIS = 50;

    private RemoteBenchReport() {
    }

    static ExitCode run(RemoteBench bench, PrintStream out) {
        try {
            Files.createDirectories(bench.folder());
            Optional<RunLock> lock = RunLock.tryAcquire(bench.folder());
            if (lock.isEmpty()) {
                System.err.println("另一个基准测试正在使用 " + bench.folder() + " / another benchmark is using this folder");
                return ExitCode.BUSY;
            }
            try (RunLock held = lock.get()) {
                out.println("生成模拟申报 → " + bench.folder().resolve("input"));
                GenerateCommand.print(bench.generate(), 0, out);
                String loadBefore = load();
                List<RemoteBench.Night> nights = bench.run(args -> Cli.run(args.toArray(String[]::new)), line -> out.println("== " + line));
                String table = table(nights, loadBefore, load());
                out.println();
                out.print(table);
                Path md = bench.folder().resolve(bench.folder().getFileName() + ".md");
                Files.writeString(md, table, StandardCharsets.UTF_8);
                out.println("表格已写入 / table written: " + md);
                return ExitCode.OK;
            }
        } catch (Exception e) {
            return Faults.report(e, bench.folder());
        }
    }

    static String table(List<RemoteBench.Night> nights, String loadBefore, String loadAfter) {
        StringBuilder t = new StringBuilder();
        t.append("| 工作进程 workers | 生成报表 render s | 页 pages | 页/秒 pages/s | 工作进程 CPU s | 页/CPU 秒 pages per CPU s"
                + " | 分区 partitions | 管理进程 manager ms/partition (线程 thread + DB) | 管理进程 JVM 全部 all ms/partition |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---|---:|\n");
        for (RemoteBench.Night n : nights) {
            t.append(String.format(Locale.ROOT, "| %d | %.1f | %,d | %.1f | %.1f | %.1f | %d | %.1f (%.0f + %s ms) | %.1f |%n", n.workers(),
                    n.renderSeconds(), n.pages(), n.pagesPerSecond(), n.workerCpuSeconds(), n.pages() / n.workerCpuSeconds(),
                    n.partitions(), n.managerMillisPerPartition(), n.managerThreadMillis(),
                    n.managerDbMillis() < 0 ? "—" : String.format(Locale.ROOT, "%.0f", n.managerDbMillis()), n.managerJvmMillisPerPartition()));
        }
        t.append('\n');
        RemoteBench.Night one = nights.stream().filter(n -> n.workers() == 1).findFirst().orElse(null);
        RemoteBench.Night two = nights.stream().filter(n -> n.workers() == 2).findFirst().orElse(null);
        if (one != null && two != null) {
            double ratio = two.pagesPerSecond() / one.pagesPerSecond();
            t.append(String.format(Locale.ROOT, "- 渲染：2 个工作进程 %.1f 页/秒，1 个 %.1f 页/秒，为 %.2f 倍（目标 ≥ %.1f）：%s%n", two.pagesPerSecond(),
                    one.pagesPerSecond(), ratio, SCALING_BAR, ratio >= SCALING_BAR ? "达标" : "未达标"));
            double cpuRatio = (two.pages() / two.workerCpuSeconds()) / (one.pages() / one.workerCpuSeconds()) * 2;
            t.append(String.format(Locale.ROOT, "  按 CPU 计（两核空闲时可得）：2 个工作进程为 1 个的 %.2f 倍 / by CPU (what two free cores give)%n", cpuRatio));
        }
        double worst = nights.stream().mapToDouble(RemoteBench.Night::managerMillisPerPartition).max().orElse(0);
        t.append(String.format(Locale.ROOT, "- 管理进程：每个分区最多 %.1f 毫秒 CPU（拆分、发送、轮询、汇总的线程及其数据库会话；目标 ≤ %.0f）：%s%n", worst,
                MANAGER_BAR_MILLIS, worst <= MANAGER_BAR_MILLIS ? "达标" : "未达标"));
        t.append("- 本机 / machine: " + Runtime.getRuntime().availableProcessors() + " 核 cores；负载 load average 开始 " + loadBefore + "，结束 "
                + loadAfter + "\n");
        return t.toString();
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "—";
        }
    }
}
