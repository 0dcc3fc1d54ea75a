package org.jixiao.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRReportTemplate;
import net.sf.jasperreports.engine.JRStyle;
import net.sf.jasperreports.engine.JRTemplate;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import net.sf.jasperreports.engine.xml.JRXmlTemplateLoader;

/**
 * The report templates, compiled once per run and cached. They are read from the folder
 * {@code templates/} under the working directory when it exists (a user may edit them), otherwise from
 * the copy packaged in the jar under {@code templates/}. The shared styles of {@code styles.jrtx} are
 * copied into each design before it is compiled, so a compiled report needs no file at fill time and
 * works the same from the folder and from the jar; a style the template defines itself wins.
 *
 * <p>Each file is read once per instance (a night): the digest a night records beside its outputs and
 * the report it compiles come from the same bytes, even when someone edits a template while it runs.
 * The night renders with what it read first; the next night sees the edit, and its digest re-renders
 * what the edit touches.
 */
public final class Templates {

    static final String FOLDER = "templates";
    /** Compiled reports are JasperReports' serialized classes: one compiled by another version is compiled again. */
    private static final String JR_VERSION = String.valueOf(JasperCompileManager.class.getPackage().getImplementationVersion());
    static final String STYLES = "styles.jrtx";

    private final JasperReportsContext context;
    private final Path folder;
    private final Path cache;
    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();
    /**
     * Reports compiled in this JVM, by name and digest of their source: a JVM that runs several nights (the
     * tests, the benchmark) compiles each template once, whatever output folder each night writes to.
     */
    private static final Map<String, JasperReport> IN_THIS_JVM = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong compileNanos = new java.util.concurrent.atomic.AtomicLong();
    private volatile JRTemplate styles;
    /** The template files as this night read them, by file name. */
    private final Map<String, byte[]> sources = new ConcurrentHashMap<>();

    /** Templates from {@code folder} when it is a directory, else from the classpath; compiled anew each run. */
    public Templates(JasperReportsContext context, Path folder) {
        this(context, folder, null);
    }

    /**
     * Templates from {@code folder} when it is a directory, else from the classpath; compiled reports kept
     * in {@code cache} (when not null) under a digest of their source, so that a night whose templates did
     * not change loads them instead of compiling them again.
     */
    public Templates(JasperReportsContext context, Path folder, Path cache) {
        this.context = context;
        this.folder = folder != null && Files.isDirectory(folder) ? folder : null;
        this.cache = cache;
    }

    /** Templates from {@code ./templates} when present, else from the jar, compiled anew. */
    public static Templates standard(JasperReportsContext context) {
        return standard(context, null);
    }

    /** Templates from {@code ./templates} when present, else from the jar; compiled reports kept in {@code cache} if given. */
    public static Templates standard(JasperReportsContext context, Path cache) {
        return new Templates(context, Path.of(FOLDER), cache);
    }

    /** Where templates are read from, for the log. */
    public String source() {
        return folder != null ? folder.toAbsolutePath().toString() : "classpath:" + FOLDER + "/";
    }

    /** Every template jixiao fills, by name: the .jrxml files of {@code templates/}. */
    public static final List<String> ALL = List.of("book-contents", "book-cover", "chart-bars", "chart-bars-years", "chart-columns",
            "disclosure", "self-form", "self-indicators", "status-table", "status-table-book", "summary", "summary-comparison-self",
            "summary-comparison-targets", "summary-deductions", "summary-self-departments", "summary-self-projects", "summary-targets",
            "targets-form", "targets-indicators");

    /**
     * Compiles every template, on all cores, before the first department needs one: rendering then
     * starts at full speed, and a template broken by an edit stops the run before any PDF is written.
     */
    public void compileAll() {
        ALL.parallelStream().forEach(this::report);
    }

    /**
     * Compiles, on all cores, every template that has no compiled copy for its source yet (in this JVM
     * or the cache): a template broken by an edit stops the run before any PDF is written. Those
     * compiled on an earlier night are loaded when first needed — a night that renders nothing never
     * loads JasperReports at all.
     */
    public void compileChanged() {
        ALL.parallelStream().filter(name -> {
            String key = name + "-" + digest(name);
            return !IN_THIS_JVM.containsKey(key) && (cache == null || !Files.isRegularFile(cache.resolve(key + ".jasper")));
        }).forEach(this::report);
    }

    /** The compiled report {@code name}.jrxml; compiled on first use, then cached. */
    public JasperReport report(String name) {
        return compiled.computeIfAbsent(name, this::compile);
    }

    /** How many templates were compiled, and how long that took: compiling is paid once per run. */
    public String compileStatistics() {
        return compiled.size() + " 个模板编译用时 " + String.format("%.1f", compileSeconds()) + " 秒";
    }

    public double compileSeconds() {
        return compileNanos.get() / 1e9;
    }

    private JasperReport compile(String name) {
        String file = name + ".jrxml";
        long started = System.nanoTime();
        String key = name + "-" + digest(name);
        Path cached = cache == null ? null : cache.resolve(key + ".jasper");
        JasperReport known = IN_THIS_JVM.get(key);
        if (known != null) {
            if (cached != null && !Files.isRegularFile(cached)) {
                try {
                    keep(known, cached);
                } catch (IOException | JRException e) {
                    // the folder's cache only saves the next night a compile
                }
            }
            compileNanos.addAndGet(System.nanoTime() - started);
            return known;
        }
        if (cached != null && Files.isRegularFile(cached)) {
            try {
                JasperReport report = (JasperReport) net.sf.jasperreports.engine.util.JRLoader.loadObject(cached.toFile());
                IN_THIS_JVM.put(key, report);
                compileNanos.addAndGet(System.nanoTime() - started);
                return report;
            } catch (JRException | ClassCastException e) {
                // written by another JasperReports, or damaged: compiled again below
            }
        }
        try (InputStream in = open(file)) {
            JasperDesign design = JRXmlLoader.load(context, in);
            inlineStyles(design);
            JasperReport report = JasperCompileManager.getInstance(context).compile(design);
            if (cached != null) {
                keep(report, cached);
            }
            IN_THIS_JVM.put(key, report);
            compileNanos.addAndGet(System.nanoTime() - started);
            return report;
        } catch (JRException e) {
            throw new IllegalStateException("报表模板 " + file + " 无法编译：" + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("报表模板 " + file + " 无法读取", e);
        }
    }

    /** Saves a compiled report under a temporary name, then renames it: a reader never sees half of one. */
    private static void keep(JasperReport report, Path cached) throws IOException, JRException {
        Files.createDirectories(cached.getParent());
        Path temp = Files.createTempFile(cached.getParent(), "." + cached.getFileName(), ".jixiao-part");
        try {
            net.sf.jasperreports.engine.util.JRSaver.saveObject(report, temp.toFile());
            Files.move(temp, cached, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void inlineStyles(JasperDesign design) throws JRException, IOException {
        for (JRReportTemplate t : design.getTemplates()) {
            design.removeTemplate(t);
        }
        for (JRStyle style : styles().getStyles()) {
            if (!design.getStylesMap().containsKey(style.getName())) {
                design.addStyle(style);
            }
        }
    }

    private JRTemplate styles() throws IOException {
        JRTemplate s = styles;
        if (s == null) {
            try (InputStream in = open(STYLES)) {
                s = JRXmlTemplateLoader.load(in);
            }
            styles = s;
        }
        return s;
    }

    /**
     * A digest of the named templates as they will be read (and of the shared styles they all take), so
     * that a night can tell which of its outputs an edited template touches.
     */
    public String digest(String... names) {
        org.jixiao.filing.Sha256 sha = new org.jixiao.filing.Sha256().add(JR_VERSION);
        try {
            for (String file : java.util.stream.Stream.concat(java.util.Arrays.stream(names).map(n -> n + ".jrxml"),
                    java.util.stream.Stream.of(STYLES)).toList()) {
                sha.add(file).add(java.util.HexFormat.of().formatHex(source(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("报表模板无法读取", e);
        }
        return sha.hex();
    }

    private InputStream open(String file) throws IOException {
        return new java.io.ByteArrayInputStream(source(file));
    }

    /** The bytes of {@code file} as first read by this instance. */
    private byte[] source(String file) throws IOException {
        byte[] known = sources.get(file);
        if (known != null) {
            return known;
        }
        byte[] read;
        if (folder != null) {
            read = Files.readAllBytes(folder.resolve(file));
        } else {
            try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(FOLDER + "/" + file)) {
                if (in == null) {
                    throw new IOException("classpath:" + FOLDER + "/" + file + " not found");
                }
                read = in.readAllBytes();
            }
        }
        known = sources.putIfAbsent(file, read);
        return known != null ? known : read;
    }
}
