package org.jixiao.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which charset a CSV is in: a BOM says so; without one, text that decodes as strict UTF-8 is UTF-8,
 * anything else is GB18030 (a superset of GBK, which Excel on a Chinese Windows writes).
 */
final class Encodings {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final int WINDOW = 64 * 1024;

    /** The charset and how many BOM bytes to skip, or {@code binary} when the file is not text. */
    record Detected(Charset charset, int bomLength, boolean binary) {
    }

    private Encodings() {
    }

    static Detected detect(Path file) throws IOException {
        byte[] head = new byte[8192];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3, false);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2, false);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2, false);
        }
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                return new Detected(null, 0, true);
            }
        }
        return new Detected(looksUtf8(file) ? StandardCharsets.UTF_8 : GB18030, 0, false);
    }

    /**
     * Decides on the first line with non-ASCII text: the header row of a filing is Chinese, so that line
     * tells UTF-8 from GB18030 without reading the file twice. The
     * reader marks a row with bytes that do not decode, so a file that changes encoding further down
     * is reported row by row, not silently garbled.
     */
    private static boolean looksUtf8(Path file) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            int b;
            while ((b = in.read()) >= 0 && b < 0x80) {
                // ASCII: both encodings agree
            }
            if (b < 0) {
                return true;
            }
            // the rest of that line (the header, in a filing): enough Chinese to tell, and no more
            byte[] line = new byte[WINDOW];
            int n = 0;
            for (; b >= 0 && b != '\n' && n < line.length; b = in.read()) {
                line[n++] = (byte) b;
            }
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            // endOfInput=false: a multi-byte character cut by the window's end is not an error
            return !decoder.decode(ByteBuffer.wrap(line, 0, n), CharBuffer.allocate(n), false).isError();
        }
    }
}
