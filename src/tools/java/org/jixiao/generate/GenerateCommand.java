package org.jixiao.generate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.jixiao.cli.Cli;
import org.jixiao.cli.Command;
import org.jixiao.cli.ExitCode;
import org.jixiao.cli.Options;

/**
 * {@code generate --projects=N [--seed=S] [--shapes=all|csv] [--years=2|1] --output=DIR}: writes the filings of a
 * synthetic city for trying jixiao out and for the benchmark. By default the city also files its 2024 申报表, so that
 * its 2024 自评表 have targets to be checked against and 2025 a year to be compared with; {@code --years=1} leaves them
 * out (the benchmark's city). No Spring context and no store: it only writes files.
 */
public final class GenerateCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("projects", "seed", "shapes", "years", "output", "help");
    public static final long DEFAULT_SEED = 7;

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public ExitCode run(Options options, PrintStream out) {
        options.only(OPTIONS);
        int projects = (int) number(options, "projects", null, 1, 1_000_000);
        long seed = number(options, "seed", Long.toString(DEFAULT_SEED), Long.MIN_VALUE, Long.MAX_VALUE);
        String folder = options.get("output", null);
        if (folder == null) {
            throw new Cli.UsageException("请用 --output=DIR 指定写入模拟申报的目录 / choose the folder with --output=DIR");
        }
        Path output = Path.of(folder).toAbsolutePath().normalize();
        Generated g;
        try {
            g = new Generator().generate(projects, seed, mix(options), years(options), output);
        } catch (IOException e) {
            System.err.println("模拟申报生成失败 / could not generate: " + e.getMessage());
            return ExitCode.FAILED;
        }
        print(g, seed, out);
        return ExitCode.OK;
    }

    public static void print(Generated g, long seed, PrintStream out) {
        out.printf("已生成模拟申报（种子 %d）→ %s%n", seed, g.folder());
        out.printf("  部门 %d 个，分布在 %d 个地区；文件 %d 个%n", g.departments(), g.regions(), g.files());
        StringBuilder shapes = new StringBuilder();
        for (Map.Entry<Shape, Integer> e : g.departmentsByShape().entrySet()) {
            shapes.append(shapes.length() > 0 ? "，" : "").append(e.getKey().label()).append(' ').append(e.getValue());
        }
        out.printf("  各部门的格式：%s%n", shapes);
        String previous = g.previousTargetsProjects() == 0 ? ""
                : String.format("上年绩效目标 %d 个项目 %d 行；", g.previousTargetsProjects(), g.previousTargetsRows());
        out.printf("  绩效目标 %d 个项目 %d 行；%s绩效自评 %d 个项目 %d 行；共 %d 个指标行%n", g.targetsProjects(), g.targetsRows(), previous,
                g.selfEvaluationProjects(), g.selfEvaluationRows(), g.rows());
        StringBuilder defects = new StringBuilder();
        for (Map.Entry<Defect, Integer> e : g.defectCounts().entrySet()) {
            defects.append(defects.length() > 0 ? "，" : "").append(e.getKey().label()).append(' ').append(e.getValue());
        }
        out.printf("  故意埋入的错误 %d 处%s%n", g.defects().size(), defects.length() > 0 ? "：" + defects : "");
        if (g.previousTargetsProjects() > 0) {
            StringBuilder mismatches = new StringBuilder();
            for (Map.Entry<PairMismatch, Integer> e : g.mismatchCounts().entrySet()) {
                mismatches.append(mismatches.length() > 0 ? "，" : "").append(e.getKey().label()).append(' ').append(e.getValue());
            }
            out.printf("  上年自评与其绩效目标故意不一致 %d 处%s%n", g.mismatches().size(), mismatches.length() > 0 ? "：" + mismatches : "");
        }
    }

    /** {@code --years=2} (default: the 申报表 of 2025 and of 2024) or {@code --years=1} (2025 only, the benchmark's city). */
    public static Generator.Years years(Options options) {
        return switch (options.get("years", "2").strip()) {
            case "2" -> Generator.Years.BOTH;
            case "1" -> Generator.Years.ONE;
            default -> throw new Cli.UsageException("--years 应为 2（两年的申报表，默认）或 1（仅当年，基准测试所用） / must be 2 or 1: "
                    + options.get("years", ""));
        };
    }

    /** {@code --shapes=all} (default: flat CSV, flat XLSX and forms) or {@code --shapes=csv} (flat CSV only). */
    public static Mix mix(Options options) {
        Mix mix = Mix.parse(options.get("shapes", "all"));
        if (mix == null) {
            throw new Cli.UsageException("--shapes 应为 all（三种格式）或 csv（仅平铺 CSV） / must be all or csv: " + options.get("shapes", ""));
        }
        return mix;
    }

    /** A whole-number option within bounds; {@code fallback} null means the option is required. */
    public static long number(Options options, String name, String fallback, long min, long max) {
        String value = options.get(name, fallback);
        if (value == null) {
            throw new Cli.UsageException("缺少 --" + name + "=N / --" + name + " is required");
        }
        try {
            long n = Long.parseLong(value.strip().replace("_", "").replace(",", ""));
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Cli.UsageException("--" + name + " 应为 " + min + " 到 " + max + " 之间的整数 / must be a whole number in range: " + value);
        }
    }
}
