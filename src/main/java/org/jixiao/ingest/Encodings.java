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

    /**
     * The charset and how many BOM bytes to skip, or {@code binary} when the file is not text (with
     * what it looks like instead, for the message). {@code bomMismatch} when a UTF-8 BOM heads a text
     * that is not UTF-8 but GB18030: read as GB18030, and the filer is told.
     */
    record Detected(Charset charset, int bomLength, boolean binary, String looksLike, boolean bomMismatch) {

        Detected(Charset charset, int bomLength, boolean binary) {
            this(charset, bomLength, binary, null, false);
        }
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
            // Notepad and some exports put a UTF-8 BOM before text they wrote in the system's GBK
            return looksUtf8(file, 3) || !looksGb18030(file, 3) ? new Detected(StandardCharsets.UTF_8, 3, false)
                    : new Detected(GB18030, 3, false, null, true);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2, false);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2, false);
        }
        String container = container(head, n);
        if (container != null) {
            return new Detected(null, 0, true, container, false);
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            control += head[i] >= 0 && head[i] < 0x20 && head[i] != '\t' && head[i] != '\n' && head[i] != '\r' ? 1 : 0;
        }
        // a stray NUL is a damaged cell (stripped, and said); many control bytes are a binary file or UTF-16 without a BOM
        if (control * 20 > n || control > 16 + n / 100) {
            return new Detected(null, 0, true);
        }
        return new Detected(looksUtf8(file, 0) ? StandardCharsets.UTF_8 : GB18030, 0, false);
    }

    /**
     * Decides on the first line with non-ASCII text: the header row of a filing is Chinese, so that line
     * tells UTF-8 from GB18030 without reading the file twice. The
     * reader marks a row with bytes that do not decode, so a file that changes encoding further down
     * is reported row by row, not silently garbled.
     */
    private static boolean looksUtf8(Path file, int skip) throws IOException {
        return decodes(file, skip, StandardCharsets.UTF_8);
    }

    private static boolean looksGb18030(Path file, int skip) throws IOException {
        return decodes(file, skip, GB18030);
    }

    /** What a file that is not text is, by its first bytes: a workbook, an old Office file, a PDF; null when none of these. */
    private static String container(byte[] head, int n) {
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return "这是一个 Excel 工作簿（.xlsx）或其他压缩文件，扩展名却是 .csv：若是工作簿，请把扩展名改回 .xlsx";
        }
        if (n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && head[2] == 0x11 && (head[3] & 0xFF) == 0xE0) {
            return "这是一个旧版 Excel（.xls）或 Word 文件，扩展名却是 .csv：请在 Excel 中另存为 .xlsx 或 CSV";
        }
        if (n >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            return "这是一个 PDF 文件，扩展名却是 .csv：请报送 Excel 或 CSV 格式的申报表";
        }
        return null;
    }

    private static boolean decodes(Path file, int skip, Charset charset) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            in.skipNBytes(skip);
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
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            // endOfInput=false: a multi-byte character cut by the window's end is not an error
            return !decoder.decode(ByteBuffer.wrap(line, 0, n), CharBuffer.allocate(n), false).isError();
        }
    }

    /**
     * The separator of a CSV: comma when its first line has a comma; tab when it has tabs; semicolon
     * when it has semicolons and neither (such a file is refused once its header is seen). Told from
     * the raw bytes: every encoding read here writes these characters as single ASCII bytes.
     */
    static char separator(Path path, int skip) throws IOException {
        byte[] head = new byte[4096];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            in.skipNBytes(skip);
            n = in.readNBytes(head, 0, head.length);
        }
        boolean tab = false;
        boolean semicolon = false;
        for (int i = 0; i < n && head[i] != '\n'; i++) {
            if (head[i] == ',') {
                return ',';
            }
            tab |= head[i] == '\t';
            semicolon |= head[i] == ';';
        }
        return tab ? '\t' : semicolon ? ';' : ',';
    }
}
