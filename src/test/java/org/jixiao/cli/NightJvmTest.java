package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * A night started from the jar, as the README starts it, runs in a JVM started for it ({@link NightJvm}): it maps
 * the class archive the build wrote beside the jar and, when it reads few files, compiles with C1 alone; the exit
 * code and the outputs are the night's as if run in the JVM the operator started; killing that JVM outright ends
 * the night, which the next night resumes. The jar is built here as the build lays it out (the classes in a jar,
 * the libraries in {@code lib/} beside it, named by its manifest), and its archive written as the build writes it.
 */
class NightJvmTest {

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path dir;
    static Path jar;
    static Path input;
    static Map<String, String> reference;

    @BeforeAll
    static void jarAndReference() throws Exception {
        jar = productJar(Files.createDirectories(dir.resolve("app")));
        input = Files.createDirectories(dir.resolve("input"));
        GeneratedInput.writeTangled(input, 4, 2);
        // an archive as the build writes one, of the classes a JVM loads to say its usage (the build's holds a night's)
        try (JixiaoProcess help = JixiaoProcess.startJar(dir, "archive", jar,
                List.of("-XX:ArchiveClassesAtExit=" + NightJvm.archive(jar), "-Xlog:cds*=off"), "--help")) {
            assertThat(help.awaitExit(Duration.ofMinutes(2))).isZero();
        }
        assertThat(NightJvm.archive(jar)).isRegularFile();
        Path output = dir.resolve("reference");
        assertThat(RunOutputs.run(input, output)).isEqualTo(ExitCode.REJECTIONS.code());
        reference = RunOutputs.publishedFiles(output);
    }

    /**
     * Two nights on one folder, as cron starts them: the first killed outright (its JVM's, the operator's, {@code
     * kill -9}) while it imports; the next publishes what an uninterrupted night publishes. Both map the archive;
     * the first, on a folder never read, keeps C2; the next, finding the files as the first's scan hashed them
     * (the folder unchanged since), compiles with C1 alone.
     */
    @Test
    void nightsFromTheJarRunInAJvmOfTheirOwnThatEndsWithTheJvmStarted() throws Exception {
        Path output = dir.resolve("nights");
        String mapped = "-XX:SharedArchiveFile=" + NightJvm.archive(jar);
        try (JixiaoProcess started = JixiaoProcess.startJar(dir, "killed", jar, List.of(), args(output))) {
            started.awaitSaying("导入", Duration.ofMinutes(2));
            ProcessHandle night = started.children().get(0);
            List<String> options = nightOptions(started);
            assertThat(options).as("a first night: the archive, both compilers").contains(mapped)
                    .noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel"));
            started.kill();
            night.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(night.isAlive()).as("the night ends with the JVM that started it").isFalse();
        }

        Night again = night(output, "again");
        assertThat(again.code).as(again.said).isEqualTo(ExitCode.REJECTIONS.code());
        // killed with the store open (whether its run's first records reached the disk is H2's timing: resumed or begun anew)
        assertThat(again.said).contains("已重建");
        assertThat(again.options).contains(mapped, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertThat(RunOutputs.publishedFiles(output)).isEqualTo(reference);
    }

    @Test
    void aNightRunsInTheJvmStartedWhenAskedToOrWhenNotStartedFromTheJar() throws IOException {
        String[] night = args(dir.resolve("plan"));
        List<String> started = new ArrayList<>(List.of("-Xmx1g", "-jar", jar.toString()));
        started.addAll(List.of(night));
        NightJvm.Started fromJar = new NightJvm.Started(jar.toString(), jar.toString(), Optional.of(started));
        assertThat(NightJvm.plan(night, fromJar)).isPresent();
        Path elsewhere = dir.resolve("no-archive").resolve("jixiao.jar");
        assertThat(NightJvm.plan(night, new NightJvm.Started(elsewhere.toString(), elsewhere.toString(), Optional.of(started))))
                .hasValueSatisfying(p -> assertThat(p.command()).noneMatch(o -> o.contains("SharedArchiveFile")));

        assertThat(NightJvm.plan(with(night, "--jixiao.tuned-jvm=false"), fromJar)).isEmpty();
        assertThat(NightJvm.plan(with(night, "--jixiao.tunedJvm=FALSE"), fromJar)).isEmpty();
        assertThat(NightJvm.plan(new String[] {"history", "--output=" + dir.resolve("plan")}, fromJar)).isEmpty();
        assertThat(NightJvm.plan(with(night, "--help"), fromJar)).isEmpty();
        String classPath = jar + java.io.File.pathSeparator + dir;
        assertThat(NightJvm.plan(night, new NightJvm.Started(classPath, "org.jixiao.JixiaoApplication", Optional.of(started)))).isEmpty();
        assertThat(NightJvm.plan(night, new NightJvm.Started(jar.toString(), jar.toString(), Optional.empty()))).isEmpty();
    }

    @Test
    void theOperatorsJvmOptionsArePassedOnAndWhatTheyDecideIsLeftToThem() throws IOException {
        String[] night = args(dir.resolve("plan"));
        List<String> started = new ArrayList<>(List.of("-Xmx2g", "-Xshare:off", "-XX:+UseParallelGC", "-jar", jar.toString()));
        started.addAll(List.of(night));
        List<String> command = NightJvm.plan(night, new NightJvm.Started(jar.toString(), jar.toString(), Optional.of(started))).orElseThrow()
                .command();
        assertThat(command).containsSubsequence("-Xmx2g", "-Xshare:off", "-XX:+UseParallelGC", "-jar", jar.toString(), night[0], night[1])
                .noneMatch(o -> o.contains("SharedArchiveFile") || o.contains("ArchiveClassesAtExit") || o.contains("SerialGC"));
        assertThat(command).anyMatch(o -> o.startsWith("-D" + NightJvm.LAUNCHED + "="));
    }

    private record Night(int code, List<String> options, String said) {
    }

    /** A night from the jar; the options its own JVM was started with. */
    private static Night night(Path output, String name) throws Exception {
        try (JixiaoProcess started = JixiaoProcess.startJar(dir, name, jar, List.of(), args(output))) {
            List<String> options = List.of();
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (options.isEmpty() && started.isAlive() && System.nanoTime() < deadline) {
                options = nightOptions(started);
                Thread.sleep(20);
            }
            int code = started.awaitExit(Duration.ofMinutes(5));
            return new Night(code, options, started.said());
        }
    }

    /**
     * The command line of the night's JVM, once it is one: for a moment after the fork the child is a copy of its
     * parent (the same command line), then the JDK's spawn helper, before it becomes the night's {@code java}.
     */
    private static List<String> nightOptions(JixiaoProcess started) {
        return started.children().stream().findFirst().flatMap(h -> h.info().arguments()).map(List::of)
                .filter(a -> a.stream().anyMatch(o -> o.startsWith("-D" + NightJvm.LAUNCHED + "="))).orElse(List.of());
    }

    private static String[] args(Path output) {
        return new String[] {"--input=" + input, "--output=" + output, "--run-date=" + RunOutputs.RUN_DATE};
    }

    private static String[] with(String[] args, String more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(more);
        return all.toArray(String[]::new);
    }

    /** jixiao.jar as the build makes it: the main classes in the jar, the libraries linked into lib/ and named by its manifest. */
    static Path productJar(Path folder) throws IOException {
        Path classes = Path.of(NightJvm.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path lib = Files.createDirectories(folder.resolve("lib"));
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            String name = p.getFileName().toString();
            if (name.endsWith(".jar") && Files.isRegularFile(p) && !Files.exists(lib.resolve(name))) {
                Files.createSymbolicLink(lib.resolve(name), p.toAbsolutePath());
                entries.add("lib/" + name);
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.jixiao.JixiaoApplication");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", entries));
        Path jar = folder.resolve("jixiao.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
                Stream<Path> files = Files.walk(classes)) {
            out.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
            // folders too, as the jar plugin writes them: Spring finds the classes to scan by their package's folder
            for (Path f : (Iterable<Path>) files.filter(f -> !f.equals(classes)).sorted()::iterator) {
                String name = classes.relativize(f).toString().replace('\\', '/');
                boolean isFolder = Files.isDirectory(f);
                out.putNextEntry(new JarEntry(isFolder ? name + "/" : name));
                if (!isFolder) {
                    Files.copy(f, out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }
}
