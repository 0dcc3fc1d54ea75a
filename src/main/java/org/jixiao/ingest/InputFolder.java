package org.jixiao.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jixiao.findings.F08InputIgnored;
import org.jixiao.findings.Finding;

/**
 * The filings of a night's input folder, and what was left out and why. Every file read lies inside
 * the folder once resolved ({@link Path#toRealPath}): a symbolic link leaving the folder is not
 * followed, and a name is a name — a backslash is an ordinary character of a Linux file name, so
 * {@code a\..\..\x.csv} is that file inside {@code a/}, never a path. Names are the path elements
 * below the folder joined with {@code /}; {@link #resolve} turns one back into the file, checking again,
 * since the folder may change between the listing and the reading.
 */
public final class InputFolder {

    /** A path element longer than the file systems allow is not a name jixiao wrote down; nor is a name over this. */
    static final int MAX_NAME = 1000;
    private static final Set<String> FILING_EXTENSIONS = Set.of("csv", "xlsx", "xlsm", "xls");

    /** A file to read: its name as findings show it, and the file itself (real path, inside the folder). */
    public record Filing(String name, Path path) {
    }

    /**
     * An entry of the folder that is not read, with the reason in Chinese. {@code problem} when the
     * analyst must hear of it as a 问题 (a link leaving the folder, an entry that cannot be read), not
     * only find it in the manifest.
     */
    public record Ignored(String name, String reason, boolean problem) {

        /** The 问题 naming this entry, for the findings of the night (null when it is only listed). */
        public Finding finding() {
            return problem ? F08InputIgnored.of(name, reason) : null;
        }
    }

    /** What the folder holds: the filings in path order, and the entries left out, in path order. */
    public record Listing(List<Filing> filings, List<Ignored> ignored) {

        public Listing {
            filings = List.copyOf(filings);
            ignored = List.copyOf(ignored);
        }
    }

    private InputFolder() {
    }

    /** Lists the folder, leaving out the output folder when it lies inside. */
    public static Listing list(Path input, Path output) throws IOException {
        if (!Files.isDirectory(input)) {
            throw new NoSuchFileException(input.toString(), null, "输入目录不存在或不是目录");
        }
        Path root = input.toRealPath();
        Path out = output.toAbsolutePath().normalize();
        Path realOut = Files.exists(output) ? output.toRealPath() : out;
        List<Path> found = new ArrayList<>();
        List<Filing> filings = new ArrayList<>();
        List<Ignored> ignored = new ArrayList<>();
        Files.walkFileTree(input, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(input)) {
                    return FileVisitResult.CONTINUE;
                }
                String name = name(input, dir);
                if (dir.toAbsolutePath().normalize().equals(out) || same(dir, realOut)) {
                    return FileVisitResult.SKIP_SUBTREE; // jixiao's own output: not an entry of the filings
                }
                if (dir.getFileName().toString().startsWith(".")) {
                    ignored.add(new Ignored(name + "/", "隐藏文件夹，其中的文件不读取", false));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                found.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                ignored.add(new Ignored(name(input, file), "无法访问（权限不足或已被移走），未读取", true));
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.naturalOrder());
        for (Path file : found) {
            String name = name(input, file);
            Ignored why = whyNot(root, file, name);
            if (why == null) {
                filings.add(new Filing(name, file.toRealPath()));
            } else {
                ignored.add(why);
            }
        }
        ignored.sort(Comparator.comparing(Ignored::name));
        return new Listing(filings, ignored);
    }

    /** Why a file is not read, or null when it is a filing. */
    private static Ignored whyNot(Path root, Path file, String name) {
        String base = file.getFileName().toString();
        if (base.startsWith(".")) {
            return new Ignored(name, "隐藏文件，不读取", false);
        }
        if (base.startsWith("~$")) {
            return new Ignored(name, "Excel 的临时锁定文件（有人正打开该工作簿），不读取", false);
        }
        if (name.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.FORMAT)) {
            // a name that would carry invisible characters into every finding and the manifest
            return new Ignored(name.codePoints().filter(cp -> Character.getType(cp) != Character.CONTROL
                    && Character.getType(cp) != Character.FORMAT).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                    StringBuilder::append).toString(), "文件名含有控制字符，未读取；请重命名", true);
        }
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(root)) {
                return new Ignored(name, (Files.isSymbolicLink(file) ? "是指向输入目录以外的符号链接" : "位于输入目录以外")
                        + "，未读取；请把申报文件本身放入输入目录", true);
            }
            if (Files.isDirectory(real)) {
                return new Ignored(name, "是指向文件夹的符号链接，其中的文件不读取", true);
            }
            if (!FILING_EXTENSIONS.contains(extension(base))) {
                return new Ignored(name, "不是申报文件（只读取 .csv、.xlsx、.xlsm、.xls），未读取", false);
            }
            if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                return new Ignored(name, "不是普通文件（设备、管道等），未读取", true);
            }
            if (name.length() > MAX_NAME) {
                return new Ignored(name.substring(0, 200) + "…", "路径超过" + MAX_NAME + "个字符，未读取；请缩短文件夹或文件名", true);
            }
            if (!Files.isSameFile(resolveName(root, name), real)) {
                return new Ignored(name, "文件名含有无法识别的字符，未读取；请重命名", true);
            }
        } catch (NoSuchFileException e) {
            return new Ignored(name, "是指向不存在的文件的符号链接，未读取", true);
        } catch (IOException | RuntimeException e) {
            return new Ignored(name, "无法访问（权限不足或文件名含有无法识别的字符），未读取", true);
        }
        return null;
    }

    private static Path resolveName(Path root, String name) {
        Path p = root;
        for (String part : name.split("/")) {
            p = p.resolve(part);
        }
        return p;
    }

    /**
     * The file a name (as {@link #list} gave it) stands for, resolved and checked again: its real path,
     * inside the folder and a regular file. Throws {@link OutsideException} with a message for the
     * filer when it no longer is (the folder changed after it was listed).
     */
    public static Path resolve(Path input, String name) throws IOException {
        Path root = input.toRealPath();
        for (String part : name.split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new OutsideException("文件名「" + name + "」不是输入目录中的文件，未读取");
            }
        }
        Path real;
        try {
            real = resolveName(root, name).toRealPath();
        } catch (NoSuchFileException e) {
            throw new OutsideException("文件在扫描之后被移走或删除，未读取");
        }
        if (!real.startsWith(root)) {
            throw new OutsideException("文件在扫描之后被换成了指向输入目录以外的链接，未读取");
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutsideException("文件在扫描之后被换成了文件夹或其他非普通文件，未读取");
        }
        return real;
    }

    /**
     * Whether a file found in the input folder is a regular file inside it once resolved: what any
     * reader of the folder (the roster's too) checks before it opens a file there.
     */
    public static boolean isInside(Path input, Path file) {
        try {
            Path real = file.toRealPath();
            return real.startsWith(input.toRealPath()) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return false;
        }
    }

    /** The folder changed between listing and reading: the message says how, for the filer. */
    public static final class OutsideException extends IOException {
        OutsideException(String message) {
            super(message);
        }
    }

    /** The path elements below {@code input}, joined with {@code /}: a backslash stays part of its element. */
    static String name(Path input, Path file) {
        StringBuilder s = new StringBuilder();
        for (Path part : input.relativize(file)) {
            if (s.length() > 0) {
                s.append('/');
            }
            s.append(part);
        }
        return s.toString();
    }

    private static String extension(String base) {
        int dot = base.lastIndexOf('.');
        return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
