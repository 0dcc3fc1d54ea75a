package org.jixiao.render;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A TrueType font as its tables, read from and written to the sfnt layout: a table directory in tag
 * order, each table 4-byte aligned with its checksum, and the whole-font checksum adjustment in 'head'.
 */
final class TrueTypeTables {

    private TrueTypeTables() {
    }

    /** The sfnt version of {@code ttf} (the first four bytes). */
    static int version(byte[] ttf) {
        return ByteBuffer.wrap(ttf).getInt(0);
    }

    /** Every table of {@code ttf}, by tag: its offset and length in the file. */
    static Map<String, int[]> directory(byte[] ttf) {
        ByteBuffer in = ByteBuffer.wrap(ttf);
        int count = in.getShort(4) & 0xffff;
        Map<String, int[]> tables = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            int at = 12 + 16 * i;
            tables.put(new String(ttf, at, 4, StandardCharsets.ISO_8859_1), new int[] {in.getInt(at + 8), in.getInt(at + 12)});
        }
        return tables;
    }

    /** A copy of table {@code tag} of {@code ttf}, or null when it has none. */
    static byte[] table(byte[] ttf, Map<String, int[]> directory, String tag) {
        int[] t = directory.get(tag);
        if (t == null) {
            return null;
        }
        byte[] out = new byte[t[1]];
        System.arraycopy(ttf, t[0], out, 0, t[1]);
        return out;
    }

    /** A font of {@code tables} (the 'head' table's checksum adjustment is overwritten). */
    static byte[] write(int version, SortedMap<String, byte[]> tables) {
        int n = tables.size();
        int power = Integer.highestOneBit(n);
        int size = 12 + 16 * n + tables.values().stream().mapToInt(t -> padded(t.length)).sum();
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(version).putShort((short) n).putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (n * 16 - power * 16));
        int offset = 12 + 16 * n;
        int headAt = -1;
        for (Map.Entry<String, byte[]> t : tables.entrySet()) {
            byte[] data = t.getValue();
            if (t.getKey().equals("head")) {
                data[8] = data[9] = data[10] = data[11] = 0; // checkSumAdjustment, set below
                headAt = offset;
            }
            out.put(t.getKey().getBytes(StandardCharsets.ISO_8859_1)).putInt(checksum(data)).putInt(offset).putInt(data.length);
            offset += padded(data.length);
        }
        for (byte[] data : tables.values()) {
            out.put(data);
            out.position(out.position() + padded(data.length) - data.length);
        }
        byte[] font = out.array();
        if (headAt >= 0) {
            ByteBuffer.wrap(font).putInt(headAt + 8, (int) (0xB1B0AFBAL - (checksum(font) & 0xffffffffL)));
        }
        return font;
    }

    static int padded(int length) {
        return (length + 3) & ~3;
    }

    /** The TrueType checksum: the sum of the data as big-endian 32-bit words, zero-padded. */
    private static int checksum(byte[] data) {
        long sum = 0;
        int whole = data.length & ~3;
        ByteBuffer b = ByteBuffer.wrap(data);
        for (int i = 0; i < whole; i += 4) {
            sum += b.getInt(i) & 0xffffffffL;
        }
        long word = 0;
        for (int k = 0; k < 4; k++) {
            word = (word << 8) | (whole + k < data.length ? data[whole + k] & 0xff : 0);
        }
        return (int) (sum + (whole < data.length ? word : 0));
    }
}
