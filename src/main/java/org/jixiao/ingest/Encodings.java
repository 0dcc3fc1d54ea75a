package org.jixiao.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which charset a CSV is in: a BOM says so; without one, a file that decodes as strict UTF-8 is
 * UTF-8, anything else is GB18030 (a superset of GBK, which Excel on a Chinese Windows writes).
 */
final class Encodings {

    static final Charset GB18030 = Charset.forName("GB18030");

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
        return new Detected(isUtf8(file) ? StandardCharsets.UTF_8 : GB18030, 0, false);
    }

    /** Streams the file through a strict UTF-8 decoder. */
    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (InputStream stream = Files.newInputStream(file)) {
            byte[] chunk = new byte[32 * 1024];
            int r;
            while ((r = stream.read(chunk)) >= 0) {
                in.put(chunk, 0, r);
                in.flip();
                if (decoder.decode(in, out, false).isError()) {
                    return false;
                }
                in.compact();
                out.clear();
            }
            in.flip();
            if (decoder.decode(in, out, true).isError() || decoder.flush(out).isError()) {
                return false;
            }
            return !in.hasRemaining();
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
