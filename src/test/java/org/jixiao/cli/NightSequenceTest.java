package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random sequences of nights on one output folder (seeded): between nights the input folder is
 * changed the way departments and clerks change it — a file added, edited, renamed, moved into a
 * subfolder, split in two, merged with another, copied, removed and put back, or not at all — and now and then a
 * night is killed (its JVM halted as kill -9 would) and the next one resumes it. After every night the
 * outputs must equal, byte for byte, those of a fresh run (new output folder, new store) on the same
 * folder. A failing sequence is shrunk to a shortest one still failing, which the failure names; keep
 * it as a test of its own.
 *
 * <p>{@code -Djixiao.nights.sequences=N} runs N sequences instead of one (seeds 1…N).
 */
class NightSequenceTest {

    /** Projects a department: enough for files to split and merge; a night's cost is its forms. */
    private static final int PROJECTS = 4;

    @TempDir
    Path dir;

    /** What can happen to the input folder between two nights. */
    enum Change {
        ADD, EDIT, RENAME, MOVE, SPLIT, MERGE, COPY, REMOVE, PUT_BACK, KILL, ROSTER, NOTHING
    }

    @Test
    void everyNightOfARandomSequenceEqualsAFreshRun() throws Exception {
        int sequences = Integer.getInteger("jixiao.nights.sequences", 1);
        for (long seed = 1; seed <= sequences; seed++) {
            List<Change> changes = sequence(new Random(seed), 6);
            String failure = play(seed, changes, dir.resolve("seq-" + seed));
            if (failure != null) {
                List<Change> shortest = shrink(seed, changes);
                throw new AssertionError("种子 " + seed + " 的序列 " + changes + " 失败：" + failure + "\n最短的失败序列：" + shortest
                        + "（种子 " + seed + "）");
            }
        }
    }

    /** Shrunk from a failing sequence: a project copied into a second file, then the first file removed. */
    @Test
    void aCopyOfAFileThenTheOriginalRemovedPublishesTheCopy() throws Exception {
        assertThat(play(3, List.of(Change.COPY, Change.REMOVE), dir.resolve("copy-remove"))).isNull();
    }

    /** A night killed in its import, then a file edited before the night that resumes it. */
    @Test
    void aKilledNightThenAnEditedFileResumesToWhatAFreshRunPublishes() throws Exception {
        assertThat(play(5, List.of(Change.KILL, Change.EDIT, Change.SPLIT), dir.resolve("kill-edit"))).isNull();
    }

    /** Two departments filed after the roster's deadline, then the roster reordered: the same as a fresh run, but for the dates. */
    @Test
    void departmentsFiledLateAndARosterReorderedPublishWhatAFreshRunPublishes() throws Exception {
        assertThat(play(2, List.of(Change.ADD, Change.ADD, Change.ROSTER), dir.resolve("late-roster"))).isNull();
    }

    /** A night killed as it consolidates, after a department was added: the night resumed records its findings once. */
    @Test
    void aNightKilledAsItConsolidatesResumesToWhatAFreshRunPublishes() throws Exception {
        Path root = dir.resolve("kill-consolidate");
        Path input = Files.createDirectories(root.resolve("input"));
        GeneratedInput.write(input, 4, PROJECTS);
        writeRoster(input);
        Path output = root.resolve("out");
        killedNight(input, output, "consolidate:start");
        assertThat(check(input, output, root, 0, "被杀后继续的一夜")).isNull();
        Path moved = Files.move(input.resolve("0003-目标.csv"), root.resolve("0003-目标.csv"));
        assertThat(check(input, output, root, 1, "撤回一个部门")).isNull();
        Files.move(moved, input.resolve("0003-目标.csv"));
        killedNight(input, output, "publishTables:start");
        assertThat(check(input, output, root, 2, "放回后被杀、继续的一夜")).isNull();
    }

    private static List<Change> sequence(Random random, int nights) {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < nights; i++) {
            changes.add(Change.values()[random.nextInt(Change.values().length)]);
        }
        return changes;
    }

    /** Plays a sequence: the first night on a small city, then each change and a night; null when every night equals a fresh run. */
    private static String play(long seed, List<Change> changes, Path root) throws Exception {
        Path input = Files.createDirectories(root.resolve("input"));
        Path reserve = Files.createDirectories(root.resolve("reserve"));
        Path removed = Files.createDirectories(root.resolve("removed"));
        GeneratedInput.write(input, 3, PROJECTS);
        writeRoster(input);
        Path spare = Files.createDirectories(root.resolve("spare"));
        GeneratedInput.write(spare, 5, PROJECTS);
        for (int d = 3; d < 5; d++) {
            for (String kind : List.of("目标", "自评")) {
                String name = String.format("%04d-%s.csv", d, kind);
                Files.move(spare.resolve(name), reserve.resolve(name));
            }
        }
        Path output = root.resolve("out");
        Random random = new Random(seed * 7919);
        int night = 0;
        String failure = check(input, output, root, night++, "首夜");
        for (Change change : changes) {
            if (failure != null) {
                return failure;
            }
            if (change == Change.KILL) {
                killedNight(input, output, random);
                failure = check(input, output, root, night++, "被杀后继续的一夜");
                continue;
            }
            String what = apply(change, input, reserve, removed, random);
            failure = check(input, output, root, night++, what);
        }
        return failure;
    }

    /**
     * The city's 报送名单: its five departments (the two in reserve too) due 2026-11-01, before the run date,
     * listed in an order other than by name, so a department added later is 逾期报送 — history a fresh run
     * does not know — and the roster's order decides the order of the 汇总表 and the books.
     */
    private static void writeRoster(Path input) throws IOException {
        StringBuilder roster = new StringBuilder("年度,地区,主管部门,应报类型,截止日期\n");
        for (int d = 4; d >= 0; d--) {
            roster.append("2025,,").append(GeneratedInput.department(d)).append(",绩效目标,2026-11-01\n");
            roster.append("2024,,").append(GeneratedInput.department(d)).append(",绩效自评,2026-11-01\n");
        }
        Files.writeString(input.resolve("名单.csv"), roster, StandardCharsets.UTF_8);
    }

    /** A roster changed: its first row moved to the end (another order of departments), and a deadline moved. */
    private static String changeRoster(Path input, Random random) throws IOException {
        Path file = input.resolve("名单.csv");
        List<String> rows = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        rows.add(rows.remove(1));
        int row = 1 + random.nextInt(rows.size() - 1);
        rows.set(row, rows.get(row).replace("2026-11-01", "2026-12-01"));
        Files.write(file, rows, StandardCharsets.UTF_8);
        return "名单改变顺序，第" + (row + 1) + "行截止日期推后";
    }

    /** Runs the night and a fresh run; a description of the difference, or null. */
    private static String check(Path input, Path output, Path root, int night, String what) throws IOException {
        RunOutputs.Said said = RunOutputs.runSaying(input, output);
        if (said.code() != 0 && said.code() != 2) {
            return "第" + night + "夜（" + what + "）退出码 " + said.code() + "：" + said.out() + said.err();
        }
        Path fresh = root.resolve("fresh-" + night);
        int code = RunOutputs.run(input, fresh);
        if (code != said.code()) {
            return "第" + night + "夜（" + what + "）退出码 " + said.code() + "，全新运行 " + code;
        }
        Map<String, String> tonight = RunOutputs.publication(output);
        Map<String, String> expected = RunOutputs.publication(fresh);
        if (!tonight.equals(expected)) {
            List<String> differ = new ArrayList<>();
            for (String k : new java.util.TreeSet<>(union(tonight, expected))) {
                if (!java.util.Objects.equals(tonight.get(k), expected.get(k))) {
                    differ.add(k);
                }
            }
            return "第" + night + "夜（" + what + "）与全新运行不同：" + differ;
        }
        return null;
    }

    private static java.util.Set<String> union(Map<String, String> a, Map<String, String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }

    /** A night in a JVM of its own, halted at a random point as kill -9 would: the next night resumes it. */
    private static void killedNight(Path input, Path output, Random random) throws Exception {
        killedNight(input, output, POINTS[random.nextInt(POINTS.length)]);
    }

    private static final String[] POINTS = {"import:chunk1", "import:inchunk1", "finishImport:start", "consolidate:start", "publishTables:start", "renderSummaries:start",
            "render:chunk1",
            "render:inchunk1", "book:start", "removeStale:start", "manifest:start"};

    private static void killedNight(Path input, Path output, String at) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                // a small night in a JVM of its own: C1 alone and the serial collector take it in half the CPU
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Djixiao.test.halt=" + at, "-Djava.io.tmpdir=" + Files.createDirectories(output.resolveSibling("tmp")),
                "-Dfile.encoding=UTF-8", "-Duser.timezone=Asia/Shanghai", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "org.jixiao.JixiaoApplication",
                "--input=" + input, "--output=" + output, "--run-date=" + RunOutputs.RUN_DATE).redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(p.waitFor()).as("halted at " + at).isIn(137, 0, 2);
    }

    /** Changes the input folder; returns what was done, for the failure message. */
    private static String apply(Change change, Path input, Path reserve, Path removed, Random random) throws IOException {
        if (change == Change.ROSTER) {
            return changeRoster(input, random);
        }
        // the roster is not a filing: the changes of filings leave it be
        List<Path> files = files(input).stream().filter(p -> !p.equals(input.resolve("名单.csv"))).toList();
        Path f = files.isEmpty() ? null : files.get(random.nextInt(files.size()));
        switch (change) {
            case ADD -> {
                List<Path> spare = files(reserve);
                if (spare.isEmpty()) {
                    return "无可添加的文件";
                }
                Path add = spare.get(0);
                Files.move(add, input.resolve(add.getFileName().toString()));
                return "添加 " + add.getFileName();
            }
            case EDIT -> {
                List<String> lines = lines(f);
                int row = 1 + random.nextInt(lines.size() - 1);
                String[] cells = lines.get(row).split(",", -1);
                cells[4] = Long.toString(Long.parseLong(cells[4]) + 1 + random.nextInt(1000));
                lines.set(row, String.join(",", cells));
                write(f, lines);
                return "修改 " + input.relativize(f) + " 第" + (row + 1) + "行";
            }
            case RENAME -> {
                Path to = f.resolveSibling("改名-" + f.getFileName());
                Files.move(f, to);
                return "改名 " + input.relativize(f) + " → " + input.relativize(to);
            }
            case MOVE -> {
                Path to = Files.createDirectories(input.resolve("子目录")).resolve(f.getFileName().toString());
                if (Files.exists(to)) {
                    return "无可移动的文件";
                }
                Files.move(f, to);
                return "移动 " + input.relativize(f) + " → " + input.relativize(to);
            }
            case SPLIT -> {
                List<String> lines = lines(f);
                Map<String, List<String>> byProject = new LinkedHashMap<>();
                for (String line : lines.subList(1, lines.size())) {
                    byProject.computeIfAbsent(line.split(",", 4)[2], k -> new ArrayList<>()).add(line);
                }
                List<String> first = new ArrayList<>(List.of(lines.get(0)));
                List<String> second = new ArrayList<>(List.of(lines.get(0)));
                int i = 0;
                for (List<String> rows : byProject.values()) {
                    (i++ % 2 == 0 ? first : second).addAll(rows);
                }
                write(f, first);
                write(f.resolveSibling("拆分-" + f.getFileName()), second);
                return "拆分 " + input.relativize(f);
            }
            case MERGE -> {
                Path other = files.stream().filter(o -> !o.equals(f) && kind(o).equals(kind(f))).findFirst().orElse(null);
                if (other == null) {
                    return "无可合并的文件";
                }
                List<String> lines = lines(f);
                List<String> more = lines(other);
                lines.addAll(more.subList(1, more.size()));
                write(f, lines);
                Files.delete(other);
                return "合并 " + input.relativize(other) + " 入 " + input.relativize(f);
            }
            case COPY -> {
                Path to = f.resolveSibling("副本-" + f.getFileName());
                Files.copy(f, to);
                return "复制 " + input.relativize(f);
            }
            case REMOVE -> {
                Path to = removed.resolve(input.relativize(f).toString().replace('/', '~'));
                Files.move(f, to);
                return "移走 " + input.relativize(f);
            }
            case PUT_BACK -> {
                List<Path> gone = files(removed);
                if (gone.isEmpty()) {
                    return "无可放回的文件";
                }
                Path back = input.resolve(gone.get(0).getFileName().toString().replace('~', '/'));
                Files.createDirectories(back.getParent());
                Files.move(gone.get(0), back);
                return "放回 " + input.relativize(back);
            }
            case NOTHING -> {
                // the night repeats the one before (RepeatDecider): it must still be what a fresh run publishes
                return "无改动";
            }
            default -> throw new IllegalArgumentException(change.name());
        }
    }

    /** The shortest sub-sequence, by removing one change at a time, that still fails. */
    private List<Change> shrink(long seed, List<Change> failing) throws Exception {
        List<Change> shortest = failing;
        int attempt = 0;
        boolean smaller = true;
        while (smaller) {
            smaller = false;
            for (int i = 0; i < shortest.size(); i++) {
                List<Change> fewer = new ArrayList<>(shortest);
                fewer.remove(i);
                if (play(seed, fewer, dir.resolve("shrink-" + seed + "-" + attempt++)) != null) {
                    shortest = fewer;
                    smaller = true;
                    break;
                }
            }
        }
        return shortest;
    }

    private static String kind(Path f) {
        return f.getFileName().toString().contains("目标") ? "目标" : "自评";
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList();
        }
    }

    /** A generated filing's lines; targets of every third department are in GB18030 (see {@link GeneratedInput}). */
    private static List<String> lines(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        try {
            return new ArrayList<>(List.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString()
                    .split("\n")));
        } catch (java.nio.charset.CharacterCodingException e) {
            return new ArrayList<>(List.of(new String(bytes, Charset.forName("GB18030")).split("\n")));
        }
    }

    private static void write(Path f, List<String> lines) throws IOException {
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
