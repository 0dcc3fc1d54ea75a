package org.jixiao.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.findings.Rule;

/**
 * Takes out of a cell's text the characters nobody can see or type and no output can carry: control
 * characters (NUL and the like; tab and line breaks stay), format characters (zero-width spaces,
 * direction overrides, soft hyphens) and unpaired surrogates. They are stripped rather than refused:
 * what remains is the text the filer sees in Excel, and a 主管部门 with a NUL in it stays the same
 * department. One 问题 per file or sheet says where they were, so the filer can clean the source.
 */
final class ControlCharacters {

    private static final int ROWS_NAMED = 10;

    private int cells;
    private final List<Integer> rows = new ArrayList<>();

    /** The text without such characters; the same string when it has none (the usual case). */
    String strip(String s, int row) {
        if (s == null || clean(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(i + 1));
                if (!invisible(cp)) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (!Character.isSurrogate(c) && !invisible(c)) {
                out.append(c);
            }
        }
        cells++;
        if (rows.isEmpty() || rows.get(rows.size() - 1) != row) {
            rows.add(row);
        }
        return out.toString();
    }

    private static boolean clean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && (c <= 0x9F || Character.isSurrogate(c)
                    || Character.getType(c) == Character.FORMAT || c == 0xFFFE || c == 0xFFFF)) {
                return false;
            }
        }
        return true;
    }

    private static boolean invisible(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || cp == 0xFFFE || cp == 0xFFFF
                || (cp & 0xFFFE) == 0xFFFE;
    }

    /** The 问题 for a file or sheet where characters were taken out, or null when there were none. */
    SourceProblem problem(String sheet) {
        if (cells == 0) {
            return null;
        }
        StringBuilder named = new StringBuilder();
        for (int k = 0; k < Math.min(rows.size(), ROWS_NAMED); k++) {
            named.append(k > 0 ? "、" : "").append(rows.get(k));
        }
        String more = rows.size() > ROWS_NAMED ? "等" + rows.size() + "行" : "行";
        return new SourceProblem(Rule.CONTROL_CHARACTERS, sheet, rows.get(0), "",
                (sheet.isEmpty() ? "" : "工作表「" + sheet + "」") + "第" + named + more + "的" + cells
                        + "个单元格含有看不见的控制字符（如 NUL、零宽字符、方向控制符），已删除这些字符后读取；请清理源文件", 0);
    }

    /** Starts counting afresh, for the next sheet. */
    void reset() {
        cells = 0;
        rows.clear();
    }
}
