package org.jixiao.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Seeded mutations of filings, the way clerks and systems damage them: bytes flipped, files cut
 * short, quotes broken, headers deleted or renamed, giant, invisible and absurd values, other
 * encodings and separators, rows shuffled and doubled; and for workbooks, damaged zip containers and
 * parts, unusual cells ({@code 1e309}, NaN), lost shared strings, hidden sheets and rows. The same
 * seed gives the same mutants.
 */
final class Mutator {

    /** A filing to mutate: its name (for the mutant's) and bytes. */
    record Seed(String name, byte[] bytes) {
        boolean csv() {
            return name.endsWith(".csv");
        }
    }

    /** A mutant: its file name, bytes, and the operations that made it (to replay or shrink it). */
    record Mutant(String name, byte[] bytes, List<String> ops) {
    }

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final String[] ABSURD = {"1e18", "1000000000000000000", "-5", "1" + "0".repeat(30), "100%", "NaN", "Infinity",
        "999999999999999999999.123456789", "0.0000001", "10000000000000", "1e309", "-0", "１２３", "100000000", "1%", "12%"};
    private static final String[] INVISIBLE = {"\u0000", "\u001F", "\u001E", "\u202E", "\u200B", "\uFEFF", "\u0007", "\uFFFF", "\uD800"};
    private static final Pattern NUMBER_CELL = Pattern.compile("<v>(-?[0-9.Ee+]+)</v>");
    private static final Pattern SHARED_CELL = Pattern.compile("t=\"s\"([^>]*)><v>(\\d+)</v>");
    private static final Pattern ROW = Pattern.compile("<row ");
    private static final Pattern SHARED_ITEM = Pattern.compile("<t(?: [^>]*)?>([^<]*)</t>");

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    Mutant mutate(Seed seed, int index) {
        List<String> ops = new ArrayList<>();
        byte[] bytes = seed.bytes();
        int count = 1 + random.nextInt(3);
        for (int k = 0; k < count; k++) {
            try {
                bytes = seed.csv() ? csv(bytes, ops) : xlsx(bytes, ops);
            } catch (IOException | RuntimeException e) {
                ops.add("skipped:" + e.getClass().getSimpleName());
            }
        }
        String base = seed.name().replaceAll("\\.[a-z]+$", "");
        String ext = seed.name().substring(seed.name().lastIndexOf('.'));
        return new Mutant(String.format("m%04d-%s%s", index, base.length() > 20 ? base.substring(0, 20) : base, ext), bytes, ops);
    }

    // ---- CSV -------------------------------------------------------------------------------------

    private byte[] csv(byte[] bytes, List<String> ops) {
        int op = random.nextInt(14);
        switch (op) {
            case 0 -> {
                ops.add("flip");
                return flip(bytes, 1 + random.nextInt(8));
            }
            case 1 -> {
                ops.add("truncate");
                return bytes.length == 0 ? bytes : java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
            case 2 -> {
                ops.add("quote");
                return insert(bytes, random.nextInt(bytes.length + 1), new byte[] {'"'});
            }
            case 3 -> {
                ops.add("drop-quote");
                return removeOne(bytes, (byte) '"');
            }
            case 4 -> {
                ops.add("encoding");
                return reencode(bytes);
            }
            default -> {
                return text(bytes, op, ops);
            }
        }
    }

    /** Operations on the decoded text: its lines and cells. */
    private byte[] text(byte[] bytes, int op, List<String> ops) {
        Charset charset = charsetOf(bytes);
        int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String text = new String(bytes, bom, bytes.length - bom, charset);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (lines.isEmpty()) {
            return bytes;
        }
        switch (op) {
            case 5 -> {
                ops.add("header-delete");
                lines.set(0, cell(lines.get(0), "", true));
            }
            case 6 -> {
                ops.add("header-rename");
                String[] variants = {"名称", "金额", "年度资金申请总", "项目名", "Amount", "指标值 ", "（元）", "其中"};
                lines.set(0, cell(lines.get(0), variants[random.nextInt(variants.length)], false));
            }
            case 7 -> {
                ops.add("giant");
                int at = 1 + random.nextInt(Math.max(1, lines.size() - 1));
                if (at < lines.size()) {
                    lines.set(at, cell(lines.get(at), randomText(40_000 + random.nextInt(160_000)), true));
                }
            }
            case 8 -> {
                ops.add("invisible");
                int at = random.nextInt(lines.size());
                String s = lines.get(at);
                int pos = s.isEmpty() ? 0 : random.nextInt(s.length());
                lines.set(at, s.substring(0, pos) + INVISIBLE[random.nextInt(INVISIBLE.length)] + s.substring(pos));
            }
            case 9, 10 -> {
                ops.add("absurd");
                int at = 1 + random.nextInt(Math.max(1, lines.size() - 1));
                if (at < lines.size()) {
                    lines.set(at, cell(lines.get(at), ABSURD[random.nextInt(ABSURD.length)], true));
                }
            }
            case 11 -> {
                ops.add("rows");
                shuffleRows(lines);
            }
            case 12 -> {
                ops.add("separator");
                return (random.nextBoolean() ? text.replace(',', ';') : text.replace(',', '\t')).getBytes(charset);
            }
            default -> {
                ops.add("line-ends");
                return (random.nextBoolean() ? text.replace("\n", "\r\n") : text.replace("\n", "\n\n")).getBytes(charset);
            }
        }
        byte[] out = String.join("\n", lines).getBytes(charset);
        if (bom == 0) {
            return out;
        }
        byte[] withBom = new byte[out.length + 3];
        System.arraycopy(bytes, 0, withBom, 0, 3);
        System.arraycopy(out, 0, withBom, 3, out.length);
        return withBom;
    }

    /** The line with one of its comma-separated cells (chosen at random) replaced; quoting is left as it is. */
    private String cell(String line, String value, boolean quote) {
        List<int[]> cells = new ArrayList<>();
        int start = 0;
        boolean inQuotes = false;
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ',';
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (c == ',' && !inQuotes) {
                cells.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (cells.isEmpty()) {
            return line;
        }
        int[] c = cells.get(random.nextInt(cells.size()));
        String v = quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
        return line.substring(0, c[0]) + v + line.substring(c[1]);
    }

    private void shuffleRows(List<String> lines) {
        if (lines.size() < 3) {
            return;
        }
        int a = 1 + random.nextInt(lines.size() - 1);
        int b = 1 + random.nextInt(lines.size() - 1);
        switch (random.nextInt(4)) {
            case 0 -> java.util.Collections.swap(lines, a, b);
            case 1 -> lines.add(b, lines.get(a));
            case 2 -> lines.remove(a);
            default -> lines.add(a, "");
        }
    }

    private byte[] reencode(byte[] bytes) {
        Charset from = charsetOf(bytes);
        int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF ? 3 : 0;
        String text = new String(bytes, bom, bytes.length - bom, from);
        return switch (random.nextInt(5)) {
            case 0 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(GB18030));
            case 1 -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            case 2 -> text.getBytes(StandardCharsets.UTF_16LE);
            case 3 -> text.getBytes(GB18030);
            default -> concat(text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8),
                    text.substring(text.length() / 2).getBytes(GB18030));
        };
    }

    static Charset charsetOf(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return GB18030;
        }
    }

    // ---- XLSX ------------------------------------------------------------------------------------

    private byte[] xlsx(byte[] bytes, List<String> ops) throws IOException {
        int op = random.nextInt(12);
        if (op == 0) {
            ops.add("zip-flip");
            return flip(bytes, 1 + random.nextInt(4));
        }
        if (op == 1) {
            ops.add("zip-truncate");
            return java.util.Arrays.copyOf(bytes, random.nextInt(Math.max(1, bytes.length)));
        }
        Map<String, byte[]> parts = unzip(bytes);
        if (parts.isEmpty()) {
            ops.add("not-a-zip");
            return bytes;
        }
        List<String> sheets = parts.keySet().stream().filter(n -> n.startsWith("xl/worksheets/sheet")).sorted().toList();
        String sheet = sheets.isEmpty() ? null : sheets.get(random.nextInt(sheets.size()));
        switch (op) {
            case 2 -> {
                ops.add("part-flip");
                List<String> names = new ArrayList<>(parts.keySet());
                String name = names.get(random.nextInt(names.size()));
                parts.put(name, flip(parts.get(name), 1 + random.nextInt(3)));
            }
            case 3 -> {
                ops.add("part-drop");
                String[] candidates = {"xl/sharedStrings.xml", "xl/styles.xml", sheet, "xl/_rels/workbook.xml.rels", "xl/workbook.xml"};
                String name = candidates[random.nextInt(candidates.length)];
                if (name != null) {
                    parts.remove(name);
                }
            }
            case 4, 5 -> {
                ops.add("value");
                if (sheet != null) {
                    parts.put(sheet, replaceOne(parts.get(sheet), NUMBER_CELL, "<v>" + ABSURD[random.nextInt(ABSURD.length)] + "</v>"));
                }
            }
            case 6 -> {
                ops.add("shared-string");
                if (parts.containsKey("xl/sharedStrings.xml")) {
                    String[] values = {randomText(50_000), "部门" + INVISIBLE[random.nextInt(INVISIBLE.length)] + "甲", "年度资金申请总",
                        "项目名", "", "100%", "1e18", "_x0000_"};
                    String v = values[random.nextInt(values.length)];
                    parts.put("xl/sharedStrings.xml", replaceOne(parts.get("xl/sharedStrings.xml"), SHARED_ITEM,
                            "<t>" + v.replace("&", "&amp;").replace("<", "&lt;") + "</t>"));
                }
            }
            case 7 -> {
                ops.add("hide-sheet");
                String wb = new String(parts.getOrDefault("xl/workbook.xml", new byte[0]), StandardCharsets.UTF_8);
                parts.put("xl/workbook.xml", wb.replaceFirst("<sheet ", "<sheet state=\"hidden\" ").getBytes(StandardCharsets.UTF_8));
            }
            case 8 -> {
                ops.add("hide-row");
                if (sheet != null) {
                    parts.put(sheet, replaceOne(parts.get(sheet), ROW, "<row hidden=\"1\" "));
                }
            }
            case 9 -> {
                ops.add("bad-shared-index");
                if (sheet != null) {
                    parts.put(sheet, replaceOne(parts.get(sheet), SHARED_CELL, "t=\"s\"$1><v>999999</v>"));
                }
            }
            case 10 -> {
                ops.add("bad-ref");
                if (sheet != null) {
                    String x = new String(parts.get(sheet), StandardCharsets.UTF_8);
                    parts.put(sheet, x.replaceFirst(" r=\"([A-Z]+)([0-9]+)\"", " r=\"ZZZZZZ$2\"").getBytes(StandardCharsets.UTF_8));
                }
            }
            default -> {
                ops.add("part-truncate");
                if (sheet != null) {
                    byte[] p = parts.get(sheet);
                    parts.put(sheet, java.util.Arrays.copyOf(p, random.nextInt(Math.max(1, p.length))));
                }
            }
        }
        return zip(parts);
    }

    private byte[] replaceOne(byte[] xml, Pattern pattern, String replacement) {
        String s = new String(xml, StandardCharsets.UTF_8);
        Matcher m = pattern.matcher(s);
        List<int[]> found = new ArrayList<>();
        while (m.find() && found.size() < 5000) {
            found.add(new int[] {m.start(), m.end()});
        }
        if (found.isEmpty()) {
            return xml;
        }
        int[] at = found.get(random.nextInt(found.size()));
        Matcher one = pattern.matcher(s.substring(at[0], at[1]));
        String replaced = one.matches() ? one.replaceFirst(replacement) : replacement;
        return (s.substring(0, at[0]) + replaced + s.substring(at[1])).getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, byte[]> unzip(byte[] bytes) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException | RuntimeException e) {
            return new LinkedHashMap<>();
        }
        return parts;
    }

    static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    // ---- bytes -----------------------------------------------------------------------------------

    private byte[] flip(byte[] bytes, int flips) {
        byte[] out = bytes.clone();
        for (int k = 0; k < flips && out.length > 0; k++) {
            out[random.nextInt(out.length)] ^= (byte) (1 + random.nextInt(255));
        }
        return out;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] what) {
        return concat(concat(java.util.Arrays.copyOf(bytes, at), what), java.util.Arrays.copyOfRange(bytes, at, bytes.length));
    }

    private byte[] removeOne(byte[] bytes, byte b) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                at.add(i);
            }
        }
        if (at.isEmpty()) {
            return bytes;
        }
        int i = at.get(random.nextInt(at.size()));
        return concat(java.util.Arrays.copyOf(bytes, i), java.util.Arrays.copyOfRange(bytes, i + 1, bytes.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Text that does not compress a hundredfold (a repeated character would trip the zip-bomb guard instead). */
    private String randomText(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        return s.toString();
    }
}
