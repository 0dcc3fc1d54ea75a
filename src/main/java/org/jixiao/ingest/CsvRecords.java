package org.jixiao.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV text (RFC 4180: fields in double quotes may hold separators, line breaks and
 * doubled quotes), each with the physical lines it spans. A record whose quoting is broken — a quote
 * never closed, text right after a closing quote, or a quoted field running on for more than
 * {@link #MAX_QUOTED_LINES} lines — is handed out as a broken record of its first line alone, and
 * reading goes on with the line after it: one stray quote costs one row, never the rest of the file.
 * A cell longer than {@link #MAX_CELL} characters is cut there (Excel holds no more in a cell; every
 * column's limit is far below, so such a cell is refused anyway).
 */
final class CsvRecords {

    /** Excel's own limit on the characters of a cell, plus one so a longer cell is seen to be longer. */
    static final int MAX_CELL = 32_768;
    /** A quoted field over more lines than this is a quote left open, not a goal written on many lines. */
    static final int MAX_QUOTED_LINES = 200;
    /** Nor is a quoted field longer than this: the text kept to read again after a broken record stays small. */
    static final int MAX_QUOTED_CHARS = 4 * MAX_CELL;

    /** A record: its cells, the physical lines it spans, and why it is broken (null when it is not). */
    record Record(List<String> cells, int firstLine, int lastLine, String broken) {
    }

    private final Reader in;
    private final char separator;
    /** Characters read but handed back after a broken record, read again before {@link #in}. */
    private final StringBuilder replay = new StringBuilder();
    private int replayAt;
    /** The raw text of the record being read, kept so that a broken one can be read again from its second line. */
    private final StringBuilder raw = new StringBuilder();
    private final char[] buffer = new char[64 * 1024];
    private int bufferAt;
    private int bufferEnd;
    private int line = 1;
    private int peeked = -2;

    CsvRecords(Reader in, char separator) {
        this.in = in;
        this.separator = separator;
    }

    /** The next record, or null at the end of the text. */
    Record next() throws IOException {
        raw.setLength(0);
        int first = line;
        if (peek() < 0) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        while (true) {
            int c = read();
            if (c < 0 || isLineEnd(c)) {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                cells.add(cell.toString());
                return new Record(cells, first, line - (c < 0 ? 0 : 1), null);
            }
            if (c == '"' && cell.isEmpty()) {
                String broken = quoted(cell, first);
                if (broken != null) {
                    return brokenRecord(first, broken);
                }
                continue;
            }
            if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                append(cell, (char) c);
            }
        }
    }

    /** Reads a quoted field's text after its opening quote; returns why it is broken, or null. */
    private String quoted(StringBuilder cell, int first) throws IOException {
        while (true) {
            int c = read();
            if (c < 0) {
                return "引号不配对（引号一直没有结束，直到文件末尾）";
            }
            if (c == '"') {
                int n = peek();
                if (n == '"') {
                    read();
                    append(cell, '"');
                    continue;
                }
                if (n < 0 || n == separator || isLineEnd(n)) {
                    return null;
                }
                return "引号用法有误（结束的引号后面紧跟着其他文字；单元格内的引号应写成两个 \"\"）";
            }
            if (isLineEnd(c) && line - first > MAX_QUOTED_LINES) {
                return "引号不配对（引号内跨越了" + MAX_QUOTED_LINES + "行以上）";
            }
            if (raw.length() > MAX_QUOTED_CHARS) {
                return "引号不配对或单元格过长（引号内超过" + MAX_QUOTED_CHARS + "个字符）";
            }
            append(cell, (char) c);
        }
    }

    /** The first line of the record read so far, as a broken record; the rest is read again. */
    private Record brokenRecord(int first, String why) throws IOException {
        if (peeked >= 0) {
            raw.append((char) peeked);
        }
        peeked = -2;
        int end = lineEnd();
        if (end == raw.length()) {
            skipRestOfLine();
            end = lineEnd();
        }
        int resume = end;
        if (end < raw.length()) {
            resume = end + 1;
            if (raw.charAt(end) == '\r' && resume < raw.length() && raw.charAt(resume) == '\n') {
                resume++;
            }
        }
        // what was read past the first line goes back in front of what is still unread
        replay.replace(0, replayAt, raw.substring(resume));
        replayAt = 0;
        line = first + (end < raw.length() ? 1 : 0);
        String firstLine = raw.substring(0, Math.min(end, MAX_CELL));
        return new Record(List.of(firstLine), first, first, why);
    }

    /** Where the first line of the record read so far ends in it. */
    private int lineEnd() {
        int end = 0;
        while (end < raw.length() && !isLineEnd(raw.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Reads on to the end of the current line; what it reads is kept for the broken record's line, not for a cell. */
    private void skipRestOfLine() throws IOException {
        for (int c = read(); c >= 0; c = read()) {
            if (isLineEnd(c)) {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                return;
            }
        }
    }

    private static void append(StringBuilder cell, char c) {
        if (cell.length() < MAX_CELL) {
            cell.append(c);
        }
    }

    private static boolean isLineEnd(int c) {
        return c == '\n' || c == '\r';
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = fetch();
        }
        return peeked;
    }

    private int read() throws IOException {
        int c = peek();
        peeked = -2;
        if (c >= 0) {
            raw.append((char) c);
            if (c == '\n' || c == '\r' && peek() != '\n') {
                line++;
            }
        }
        return c;
    }

    private int fetch() throws IOException {
        if (replayAt < replay.length()) {
            return replay.charAt(replayAt++);
        }
        if (bufferAt == bufferEnd) {
            bufferEnd = in.read(buffer, 0, buffer.length);
            bufferAt = 0;
            if (bufferEnd <= 0) {
                bufferEnd = 0;
                return -1;
            }
        }
        return buffer[bufferAt++];
    }
}
