package org.jixiao.batch;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jixiao.render.Bookmark;
import org.jixiao.render.PartOutline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts' outlines (page count and bookmarks) kept from night to night in {@code .jixiao/cache/outlines}, by
 * the digest the night recorded for the part: a book bound again reads the outline of only the parts rendered
 * since (listing a city's 6,000 parts was an eighth of the book step). A part's outline is read from its PDF
 * at most once a night; a file that cannot be read is as good as none.
 */
final class KeptOutlines implements PartOutline.Source {

    private static final Logger log = LoggerFactory.getLogger(KeptOutlines.class);
    private static final String FORMAT = "jixiao-outlines-1";

    private final Path file;
    private final Function<Path, String> digestOf;
    private final Map<String, PartOutline> kept;
    private final Map<Path, PartOutline> tonight = new ConcurrentHashMap<>();
    private final Map<String, PartOutline> used = new ConcurrentHashMap<>();

    /** {@code digestOf}: the digest recorded for a part tonight, null for a file the night has no record of. */
    KeptOutlines(Path output, Function<Path, String> digestOf) {
        this.file = output.resolve(".jixiao").resolve("cache").resolve("outlines");
        this.digestOf = digestOf;
        this.kept = read(file);
    }

    @Override
    public PartOutline of(Path pdf) throws IOException {
        PartOutline known = tonight.get(pdf);
        if (known != null) {
            return known;
        }
        String digest = digestOf.apply(pdf);
        known = digest == null ? null : kept.get(digest);
        if (known == null) {
            known = PartOutline.of(pdf);
        }
        tonight.put(pdf, known);
        if (digest != null) {
            used.put(digest, known);
        }
        return known;
    }

    @Override
    public String digest(Path pdf) {
        return digestOf.apply(pdf);
    }

    /** Keeps the outlines of tonight's parts: those the books took, and those kept before of parts still current. */
    void save(java.util.Set<String> current) {
        Map<String, PartOutline> out = new HashMap<>();
        kept.forEach((digest, outline) -> {
            if (current.contains(digest)) {
                out.put(digest, outline);
            }
        });
        out.putAll(used);
        if (out.equals(kept)) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
                data.writeUTF(FORMAT);
                data.writeInt(out.size());
                for (Map.Entry<String, PartOutline> e : new java.util.TreeMap<>(out).entrySet()) {
                    data.writeUTF(e.getKey());
                    data.writeInt(e.getValue().pages());
                    write(data, e.getValue().entries());
                }
            }
            org.jixiao.output.OutputFolder.move(temp, file);
        } catch (IOException e) {
            log.warn("部件目录缓存未能写入（不影响本次输出）：{}", e.toString());
        }
    }

    private static Map<String, PartOutline> read(Path file) {
        Map<String, PartOutline> out = new HashMap<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file)); DataInputStream data = new DataInputStream(in)) {
            if (!data.readUTF().equals(FORMAT)) {
                return Map.of();
            }
            int n = data.readInt();
            for (int i = 0; i < n; i++) {
                String digest = data.readUTF();
                int pages = data.readInt();
                out.put(digest, new PartOutline(pages, read(data)));
            }
            return out;
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | RuntimeException e) {
            log.warn("部件目录缓存无法读取，本次从各部件重新读取：{}", e.toString());
            return Map.of();
        }
    }

    private static void write(DataOutputStream data, List<Bookmark> entries) throws IOException {
        data.writeInt(entries.size());
        for (Bookmark b : entries) {
            data.writeUTF(b.title());
            data.writeInt(b.page());
            write(data, b.kids());
        }
    }

    private static List<Bookmark> read(DataInputStream data) throws IOException {
        int n = data.readInt();
        if (n < 0 || n > 1_000_000) {
            throw new IOException("bad entry count " + n);
        }
        List<Bookmark> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String title = data.readUTF();
            int page = data.readInt();
            entries.add(new Bookmark(title, page, read(data)));
        }
        return entries;
    }

}
