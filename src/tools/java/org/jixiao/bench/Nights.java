package org.jixiao.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jixiao.generate.Generated;
import org.jixiao.generate.Generator;
import org.jixiao.generate.Mix;

/**
 * The nights benchmark (issue 14): a city's first night, the same folder unchanged the next night, a
 * night after 1% of the files were corrected, one after 10%, and after each changed night a fresh run
 * (new output folder, new store) on the same folder. Every night runs as cron runs it, in a JVM of its
 * own with this JVM's heap options, and is timed from process start to exit. A night's outputs must
 * equal those of a fresh run on the same folder byte for byte (manifest.json without its run section).
 */
public final class Nights {

    /** A night measured: its name, the files corrected before it, its seconds, the departments it rendered and kept. */
    public record Night(String name, int edited, double seconds, int rendered, int kept, Boolean equalsFresh) {
    }

    /** Runs one night of jixiao on an input and an output folder and returns what it printed; fails if the night failed. */
    @FunctionalInterface
    public interface Runner {
        String run(Path input, Path output) throws IOException, InterruptedException;
    }

    private static final Pattern DEPARTMENTS = Pattern.compile("部门报表：重新生成 (\\d+) 个部门，未变更保留 (\\d+) 个");

    private final int projects;
    private final Mix mix;
    private final Path folder;
    private final long seed;
    private final Runner runner;

    /** The nights of a city of the scale's size, each in a JVM of its own on {@code threads} threads. */
    public Nights(Scale scale, Mix mix, Path output, int threads, long seed) {
        this(scale.projects(), mix, output.resolve(BenchRun.name(scale, mix) + "-nights"), seed, inJvmOfItsOwn(threads));
    }

    /** The nights of a city of {@code projects} projects in {@code folder}, each run by {@code runner}. */
    public Nights(int projects, Mix mix, Path folder, long seed, Runner runner) {
        this.projects = projects;
        this.mix = mix;
        this.folder = folder;
        this.seed = seed;
        this.runner = runner;
    }

    public Path folder() {
        return folder;
    }

    public Generated generate() throws IOException {
        for (String left : List.of("input", "out", "fresh-1", "fresh-10")) {
            delete(folder.resolve(left));
        }
        return new Generator().generate(projects, seed, mix, folder.resolve("input"));
    }

    /** Runs the nights; {@code progress} hears of each as it ends. */
    public List<Night> run(java.util.function.Consumer<Night> progress) throws IOException, InterruptedException {
        Path input = folder.resolve("input");
        Path out = folder.resolve("out");
        Random random = new Random(seed);
        List<Night> nights = new ArrayList<>();
        Night first = night("首夜 first", 0, input, out, null);
        add(nights, first, progress);
        Map<String, String> published = publication(out);
        Night same = night("未变更 unchanged", 0, input, out, null);
        add(nights, new Night(same.name(), 0, same.seconds(), same.rendered(), same.kept(), publication(out).equals(published)), progress);
        for (int percent : new int[] {1, 10}) {
            int edited = Edits.edit(input, percent / 100.0, random).size();
            Night changed = night(percent + "% 改动 changed", edited, input, out, null);
            Path fresh = folder.resolve("fresh-" + percent);
            Night reference = night("全新运行 fresh (" + percent + "%)", 0, input, fresh, null);
            boolean equal = publication(out).equals(publication(fresh));
            add(nights, new Night(changed.name(), edited, changed.seconds(), changed.rendered(), changed.kept(), equal), progress);
            add(nights, reference, progress);
        }
        return nights;
    }

    private static void add(List<Night> nights, Night night, java.util.function.Consumer<Night> progress) {
        nights.add(night);
        progress.accept(night);
    }

    /** One night, timed from start to end. */
    private Night night(String name, int edited, Path input, Path output, Boolean equal) throws IOException, InterruptedException {
        long started = System.nanoTime();
        String said = runner.run(input, output);
        double seconds = (System.nanoTime() - started) / 1e9;
        Matcher m = DEPARTMENTS.matcher(said);
        return m.find() ? new Night(name, edited, seconds, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), equal)
                : new Night(name, edited, seconds, 0, 0, equal);
    }

    /** Runs each night as cron does, in a JVM of its own with this JVM's heap options, timed from process start to exit. */
    static Runner inJvmOfItsOwn(int threads) {
        return (input, output) -> {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(Machine.thisOne().jvmOptions());
            String classpath = System.getProperty("java.class.path");
            // started with java -jar (the product): the same jar; from the classes (tests): the same class path
            if (System.getProperty("sun.java.command", "").split(" ")[0].equals(classpath)) {
                command.addAll(List.of("-jar", classpath));
            } else {
                command.addAll(List.of("-cp", classpath, "org.jixiao.JixiaoApplication"));
            }
            command.addAll(List.of("--input=" + input, "--output=" + output, "--run-date=" + BenchRun.RUN_DATE,
                    "--jixiao.threads=" + threads));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String said;
            try (InputStream in = p.getInputStream()) {
                said = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int code = p.waitFor();
            if (code != 0 && code != 2) {
                throw new IllegalStateException("运行失败（退出码 " + code + "）：" + said);
            }
            return said;
        };
    }

    /** What a night publishes, as a fresh run must publish it ({@link Publication}). */
    static Map<String, String> publication(Path output) throws IOException {
        return Publication.of(output);
    }

    /** The table, for the terminal and {@code bench-<scale>-nights.md}. */
    public static String table(List<Night> nights) {
        double first = nights.get(0).seconds();
        StringBuilder s = new StringBuilder("| 夜 night | 改动文件 edited | 秒 seconds | 占首夜 share | 重新生成/保留部门 rendered/kept | 与全新运行一致 equals fresh |\n")
                .append("|---|---:|---:|---:|---:|---|\n");
        for (Night n : nights) {
            s.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f%% | %d / %d | %s |%n", n.name(), n.edited(), n.seconds(),
                    100 * n.seconds() / first, n.rendered(), n.kept(), n.equalsFresh() == null ? "—" : n.equalsFresh() ? "是 yes" : "**否 no**"));
        }
        return s.toString();
    }

    /** The figures against the bar: unchanged ≤ 8% of the first night, 1% changed ≤ 15%, 10% ≤ 35%. */
    public static String bars(List<Night> nights) {
        double first = nights.get(0).seconds();
        StringBuilder s = new StringBuilder();
        bar(s, "未变更 unchanged", nights.get(1), first, 8);
        bar(s, "1% 改动", nights.get(2), first, 15);
        bar(s, "10% 改动", nights.get(4), first, 35);
        boolean equal = nights.stream().allMatch(n -> n.equalsFresh() == null || n.equalsFresh());
        s.append("- 每夜输出与全新运行逐字节一致：").append(equal ? "是（达标）" : "否（未达标）").append('\n');
        return s.toString();
    }

    private static void bar(StringBuilder s, String what, Night n, double first, int percent) {
        double share = 100 * n.seconds() / first;
        s.append(String.format(Locale.ROOT, "- %s：%.1f 秒，为首夜的 %.1f%%（目标 ≤ %d%%）：%s%n", what, n.seconds(), share, percent,
                share <= percent ? "达标" : "未达标"));
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
