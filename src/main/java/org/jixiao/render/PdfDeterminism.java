package org.jixiao.render;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a PDF depend on its content and the run date only. OpenPDF stamps the wall-clock time
 * (CreationDate, ModDate), a random file /ID and random font-subset tags (ABCDEF+); re-rendering the
 * same filings would give different bytes and a different sha256 in manifest.json. Each is replaced
 * in place by a value of exactly the same length, so the cross-reference offsets stay valid. A book is
 * too large to hold: {@link #normalise(Path)} does the same to a file, a chunk at a time.
 */
final class PdfDeterminism {

    private static final Pattern DATE = Pattern.compile("/(CreationDate|ModDate) ?\\(D:(\\d{14})");
    static final Pattern SUBSET = Pattern.compile("/(?:BaseFont|FontName) ?/([A-Z]{6})\\+");
    private static final Pattern ID = Pattern.compile("/ID ?\\[ ?<([0-9a-fA-F]+)> ?<([0-9a-fA-F]+)> ?\\]");
    private static final int CHUNK = 1 << 20;
    /** Longer than any match, so a match across a chunk boundary is seen whole in one chunk. */
    private static final int OVERLAP = 64;
    /** The trailer with the /ID is at the very end of the file. */
    private static final int TAIL = 4096;

    private PdfDeterminism() {
    }

    static byte[] normalise(byte[] pdf, LocalDate runDate) {
        // ISO-8859-1 maps every byte to one char and back, so binary streams survive untouched
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        s = dates(s, runDate.format(DateTimeFormatter.BASIC_ISO_DATE) + "000000");
        Map<String, String> tags = new HashMap<>();
        s = subsetTags(s, t -> tags.computeIfAbsent(t, x -> tag(tags.size())));
        s = fileId(s);
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String dates(String s, String stamp) {
        Matcher m = DATE.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().substring(0, m.start(2) - m.start()) + stamp));
        }
        return m.appendTail(out).toString();
    }

    /**
     * AAAAAA+, AAAAAB+ … in order of first use: stable for the same fonts used in the same order. One
     * pass, so a tag renamed to one that another font had before is not renamed twice.
     */
    static String subsetTags(String s, UnaryOperator<String> rename) {
        Matcher m = SUBSET.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String tag = rename.apply(m.group(1));
            String whole = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(whole.substring(0, m.start(1) - m.start()) + tag + "+"));
        }
        return m.appendTail(out).toString();
    }

    static String tag(int n) {
        char[] c = new char[6];
        for (int i = 5; i >= 0; i--) {
            c[i] = (char) ('A' + n % 26);
            n /= 26;
        }
        return new String(c);
    }

    /** The /ID pair becomes a hash of the document with the old ID blanked out. */
    private static String fileId(String s) {
        Matcher m = ID.matcher(s);
        if (!m.find()) {
            return s;
        }
        String blank = s.substring(0, m.start()) + s.substring(m.end());
        return s.substring(0, m.start()) + id(m, sha256().digest(blank.getBytes(StandardCharsets.ISO_8859_1)))
                + s.substring(m.end());
    }

    private static String id(Matcher m, byte[] hash) {
        String hex = HexFormat.of().formatHex(hash).toUpperCase();
        while (hex.length() < Math.max(m.group(1).length(), m.group(2).length())) {
            hex = hex + hex;
        }
        return m.group().replace(m.group(1), hex.substring(0, m.group(1).length()))
                .replace(m.group(2), hex.substring(0, m.group(2).length()));
    }

    /**
     * The subset tags and the /ID of a PDF file, in place, reading it a chunk at a time (its dates are
     * set when it is written). Same result as {@link #normalise(byte[], LocalDate)} on a file whose
     * dates are already fixed.
     */
    static void normalise(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            renameTags(ch);
            fixId(ch);
        }
    }

    private static void renameTags(FileChannel ch) throws IOException {
        Map<String, String> tags = new HashMap<>();
        long size = ch.size();
        for (long pos = 0; pos < size; pos += CHUNK) {
            String chunk = read(ch, pos, (int) Math.min(CHUNK + OVERLAP, size - pos));
            boolean last = pos + chunk.length() >= size;
            Matcher m = SUBSET.matcher(chunk);
            while (m.find() && (last || m.start() < CHUNK)) {
                String tag = tags.computeIfAbsent(m.group(1), t -> tag(tags.size()));
                if (!tag.equals(m.group(1))) {
                    write(ch, pos + m.start(1), tag);
                }
            }
        }
    }

    private static void fixId(FileChannel ch) throws IOException {
        long size = ch.size();
        long tailStart = Math.max(0, size - TAIL);
        String tail = read(ch, tailStart, (int) (size - tailStart));
        Matcher m = ID.matcher(tail);
        int start = -1;
        while (m.find()) {
            start = m.start();
        }
        if (start < 0) {
            return;
        }
        m = ID.matcher(tail);
        m.find(start);
        MessageDigest sha = sha256();
        digest(ch, sha, 0, tailStart + m.start());
        digest(ch, sha, tailStart + m.end(), size);
        write(ch, tailStart + m.start(), id(m, sha.digest()));
    }

    private static String read(FileChannel ch, long pos, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining()) {
            if (ch.read(buf, pos + buf.position()) < 0) {
                throw new IOException("PDF 文件在读取时变短了");
            }
        }
        return new String(buf.array(), 0, length, StandardCharsets.ISO_8859_1);
    }

    private static void write(FileChannel ch, long pos, String text) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1));
        while (buf.hasRemaining()) {
            ch.write(buf, pos + buf.position());
        }
    }

    private static void digest(FileChannel ch, MessageDigest sha, long from, long to) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(CHUNK);
        for (long pos = from; pos < to; ) {
            buf.clear().limit((int) Math.min(CHUNK, to - pos));
            int n = ch.read(buf, pos);
            if (n < 0) {
                throw new IOException("PDF 文件在读取时变短了");
            }
            sha.update(buf.array(), 0, n);
            pos += n;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
