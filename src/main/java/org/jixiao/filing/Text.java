package org.jixiao.filing;

/**
 * The contract's text normalisation, in one place: trim, drop all whitespace, full-width forms to
 * half-width. Used for header names, labels, keys and comparisons; never for what is printed.
 */
public final class Text {

    private Text() {
    }

    /** Full-width ASCII (U+FF01..U+FF5E) and the ideographic space to their half-width forms. */
    public static String halfWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Half-width and without any whitespace (spaces, tabs, line breaks inside a cell). */
    public static String squeeze(String s) {
        if (s == null) {
            return "";
        }
        String half = halfWidth(s);
        StringBuilder out = new StringBuilder(half.length());
        for (int i = 0; i < half.length(); i++) {
            char c = half.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
                out.append(c);
            }
        }
        return out.toString();
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
}
