package org.jixiao.filing;

/**
 * The contract's text normalisation, in one place: trim, drop all whitespace, full-width forms to
 * half-width. Used for header names, labels, keys and comparisons; never for what is printed.
 */
public final class Text {

    private Text() {
    }

    /** Full-width ASCII (U+FF01..U+FF5E) and the ideographic space. */
    private static boolean fullWidth(char c) {
        return c >= '\uFF01' && c <= '\uFF5E' || c == '\u3000';
    }

    private static char half(char c) {
        return c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c;
    }

    /** Half-width and without any whitespace (spaces, tabs, line breaks inside a cell). */
    public static String squeeze(String s) {
        if (s == null) {
            return "";
        }
        int i = 0;
        while (i < s.length() && !fullWidth(s.charAt(i)) && !space(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = half(s.charAt(i));
            if (!space(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** Null for blank, otherwise the value with surrounding whitespace (and a stray BOM) removed. */
    public static String clean(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        // most cells need nothing done: check before allocating
        if (s.indexOf('\uFEFF') < 0 && !Character.isWhitespace(s.charAt(0)) && !Character.isWhitespace(s.charAt(s.length() - 1))) {
            return s;
        }
        String t = s.replace("\uFEFF", "").strip();
        return t.isEmpty() ? null : t;
    }

    public static boolean isBlank(String s) {
        return clean(s) == null;
    }

    /** Blank, or one of the dashes filers write for "nothing here". */
    public static boolean isAbsent(String s) {
        String t = squeeze(s);
        return t.isEmpty() || t.equals("—") || t.equals("-") || t.equals("--") || t.equals("——")
                || t.equals("–") || t.equals("/") || t.equals("无");
    }

    /** Longest filer text a message quotes whole. */
    public static final int SHOWN = 60;

    /**
     * A filer's text as a message quotes it: whole when short, else its start and its length, so a
     * finding stays readable (and a spreadsheet cell can hold it) whatever was filed.
     */
    public static String shown(String s) {
        if (s == null) {
            return "";
        }
        if (s.length() <= SHOWN) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
        return s.substring(0, end) + "…（共" + s.codePointCount(0, s.length()) + "个字符）";
    }

    /** Names joined with 、 as a message lists them, each in 「」 and {@link #shown}, at most ten of them. */
    public static String shownList(java.util.List<String> names) {
        return shownList(names, true);
    }

    /** As {@link #shownList(java.util.List)}, the names in 「」 or bare (for a findings' column). */
    public static String shownList(java.util.List<String> names, boolean quoted) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(names.size(), 10); i++) {
            out.append(i > 0 ? "、" : "").append(quoted ? "「" : "").append(shown(names.get(i))).append(quoted ? "」" : "");
        }
        if (names.size() > 10) {
            out.append(" 等").append(names.size()).append("项");
        }
        return out.toString();
    }
}
