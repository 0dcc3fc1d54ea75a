package org.jixiao.render;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jixiao.filing.Sha256;

/**
 * Makes a PDF depend on its content and the run date only. OpenPDF stamps the wall-clock time
 * (CreationDate, ModDate), a random file /ID and random font-subset tags (ABCDEF+); re-rendering the
 * same filings would give different bytes and a different sha256 in manifest.json. Each is replaced
 * in place by a value of exactly the same length, so the cross-reference offsets stay valid. A book is
 * too large to hold: {@link #normalise(Path)} does the same to a file, a chunk at a time.
 */
final class PdfDeterminism {

    private static final int CHUNK = 1 << 20;
    /** Longer than any marker, so a marker across a chunk boundary is seen whole in one chunk. */
    private static final int OVERLAP = 64;
    /** The trailer with the /ID is at the very end of the file. */
    private static final int TAIL = 4096;

    private PdfDeterminism() {
    }

    static byte[] normalise(byte[] pdf, LocalDate runDate) {
        byte[] b = pdf.clone();
        byte[] stamp = (runDate.format(DateTimeFormatter.BASIC_ISO_DATE) + "000000").getBytes(StandardCharsets.ISO_8859_1);
        Map<String, String> tags = new HashMap<>();
        Markers found = new Markers(b, t -> tags.computeIfAbsent(t, x -> tag(tags.size()))) {
            @Override
            public void date(int digits) {
                System.arraycopy(stamp, 0, b, digits, stamp.length);
            }
        };
        PdfMarkers.scan(b, 0, b.length, found);
        if (found.lastId != null) {
            int[] m = found.lastId;
            MessageDigest sha = Sha256.newDigest();
            sha.update(b, 0, m[0]);
            sha.update(b, m[1], b.length - m[1]);
            writeId(b, m, sha.digest());
        }
        return b;
    }

    /**
     * Renames the subset tags of a PDF in order of first use, in one pass (a tag renamed to one another
     * font had before is not renamed twice).
     */
    static byte[] renameTags(byte[] pdf, UnaryOperator<String> rename) {
        byte[] b = pdf.clone();
        PdfMarkers.scan(b, 0, b.length, new Markers(b, rename));
        return b;
    }

    static String tag(int n) {
        char[] c = new char[6];
        for (int i = 5; i >= 0; i--) {
            c[i] = (char) ('A' + n % 26);
            n /= 26;
        }
        return new String(c);
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
            byte[] chunk = read(ch, pos, (int) Math.min(CHUNK + OVERLAP, size - pos));
            boolean last = pos + chunk.length >= size;
            int end = last ? chunk.length : Math.min(CHUNK, chunk.length);
            long at = pos;
            PdfMarkers.scan(chunk, 0, end, new Markers(chunk, t -> tags.computeIfAbsent(t, x -> tag(tags.size()))) {
                @Override
                public void tag(int letters) {
                    super.tag(letters);
                    writeBack(ch, at + letters, chunk, letters);
                }
            });
        }
    }

    private static void writeBack(FileChannel ch, long pos, byte[] chunk, int letters) {
        try {
            ByteBuffer buf = ByteBuffer.wrap(chunk, letters, 6);
            while (buf.hasRemaining()) {
                ch.write(buf, pos + (buf.position() - letters));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void fixId(FileChannel ch) throws IOException {
        long size = ch.size();
        long tailStart = Math.max(0, size - TAIL);
        byte[] tail = read(ch, tailStart, (int) (size - tailStart));
        Markers found = new Markers(tail, t -> t);
        PdfMarkers.scan(tail, 0, tail.length, found);
        long at = tailStart;
        byte[] window = tail;
        if (found.lastId == null) {
            // a cross-reference stream: its dictionary, with the /ID, is where startxref points, before its data
            long xref = startxref(tail);
            if (xref < 0 || xref >= size) {
                return;
            }
            at = xref;
            window = read(ch, xref, (int) Math.min(TAIL, size - xref));
            found = new Markers(window, t -> t);
            PdfMarkers.scan(window, 0, window.length, found);
            if (found.lastId == null) {
                return;
            }
        }
        int[] m = found.lastId;
        MessageDigest sha = Sha256.newDigest();
        digest(ch, sha, 0, at + m[0]);
        digest(ch, sha, at + m[1], size);
        writeId(window, m, sha.digest());
        ByteBuffer buf = ByteBuffer.wrap(window, m[0], m[1] - m[0]);
        while (buf.hasRemaining()) {
            ch.write(buf, at + buf.position());
        }
    }

    /** The offset after the last {@code startxref} of a file's tail, or -1. */
    private static long startxref(byte[] tail) {
        String s = new String(tail, StandardCharsets.ISO_8859_1);
        int i = s.lastIndexOf("startxref");
        if (i < 0) {
            return -1;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(\\d+)").matcher(s.substring(i + "startxref".length()));
        return m.lookingAt() ? Long.parseLong(m.group(1)) : -1;
    }

    /** The /ID pair becomes the document's hash (without its old ID), as upper-case hex of the same lengths. */
    private static void writeId(byte[] b, int[] m, byte[] hash) {
        String hex = HexFormat.of().formatHex(hash).toUpperCase();
        while (hex.length() < Math.max(m[3], m[5])) {
            hex = hex + hex;
        }
        byte[] h = hex.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(h, 0, b, m[2], m[3]);
        System.arraycopy(h, 0, b, m[4], m[5]);
    }

    /** Renames tags in place and remembers the last /ID; dates are left alone unless overridden. */
    private static class Markers implements PdfMarkers.Visitor {
        private final byte[] b;
        private final UnaryOperator<String> rename;
        int[] lastId;

        Markers(byte[] b, UnaryOperator<String> rename) {
            this.b = b;
            this.rename = rename;
        }

        @Override
        public void date(int digits) {
        }

        @Override
        public void tag(int letters) {
            String tag = rename.apply(new String(b, letters, 6, StandardCharsets.ISO_8859_1));
            System.arraycopy(tag.getBytes(StandardCharsets.ISO_8859_1), 0, b, letters, 6);
        }

        @Override
        public void id(int start, int end, int first, int firstLength, int second, int secondLength) {
            lastId = new int[] {start, end, first, firstLength, second, secondLength};
        }
    }

    private static byte[] read(FileChannel ch, long pos, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining()) {
            if (ch.read(buf, pos + buf.position()) < 0) {
                throw new IOException("PDF 文件在读取时变短了");
            }
        }
        return buf.array();
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
}
