package org.jixiao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** Runs jixiao as a user would and reads what it published, for end-to-end tests. */
final class RunOutputs {

    static final String RUN_DATE = "2026-11-21";

    private RunOutputs() {
    }

    static int run(Path input, Path output) {
        return Cli.run(new String[] {"--input=" + input, "--output=" + output, "--run-date=" + RUN_DATE});
    }


    /** What a run of jixiao returned and printed on either stream. */
    record Said(int code, String out, String err) {
    }

    /** Runs jixiao as {@link #run} does, with further options, and keeps what it printed on either stream. */
    static Said runSaying(Path input, Path output, String... options) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stdout = System.out;
        java.io.PrintStream stderr = System.err;
        System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        String[] args = new String[3 + options.length];
        args[0] = "--input=" + input;
        args[1] = "--output=" + output;
        args[2] = "--run-date=" + RUN_DATE;
        System.arraycopy(options, 0, args, 3, options.length);
        int code;
        try {
            code = Cli.run(args);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        Said said = new Said(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        showInternalError(said, output);
        return said;
    }

    /**
     * A night that failed on an internal error leaves its stack trace only in the output's log, which a
     * test's temporary folder takes with it: printed here, a rare failure in CI can still be read.
     */
    private static void showInternalError(Said said, Path output) {
        Path log = output.resolve(".jixiao").resolve("jixiao.log");
        if (!(said.out() + said.err()).contains("意外的内部错误") || !Files.isRegularFile(log)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            System.err.println("---- " + log + " (its last 200 lines) ----");
            lines.subList(Math.max(0, lines.size() - 200), lines.size()).forEach(System.err::println);
        } catch (IOException e) {
            System.err.println("---- " + log + " unreadable: " + e);
        }
    }

    /** A published CSV table as rows of header → value. */
    static List<Map<String, String>> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            return it.readAll();
        }
    }

    static JsonNode manifest(Path output) throws IOException {
        return JsonMapper.builder().build().readTree(output.resolve("manifest.json").toFile());
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(in.readAllBytes());
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every published file (relative path → sha256), the manifest aside: it names the output folder. */
    static Map<String, String> publishedFiles(Path output) throws IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String rel = output.relativize(f).toString();
                if (!rel.startsWith(".jixiao") && !rel.equals("manifest.json")) {
                    files.put(rel, sha256(f));
                }
            }
        }
        return files;
    }

    /**
     * What a night publishes, as a fresh run on the same folder must publish it byte for byte: every
     * published file by its SHA-256, manifest.json without its run section (what the night did to get
     * there), and without what reports history by design — the 报送情况 table's dates ({@link
     * org.jixiao.bench.Publication}).
     */
    static Map<String, String> publication(Path output) throws IOException {
        return org.jixiao.bench.Publication.of(output);
    }

    static void copyTree(Path from, Path to) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path f : files) {
            Path target = to.resolve(from.relativize(f).toString());
            Files.createDirectories(target.getParent());
            Files.copy(f, target);
        }
    }
}
