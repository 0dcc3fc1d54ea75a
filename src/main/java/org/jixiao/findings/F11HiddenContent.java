package org.jixiao.findings;

import java.util.List;

/**
 * F11 隐藏的工作表、行或列 (问题): a hidden sheet is not read (a filer hides what is not to be filed, or a
 * macro hid it); hidden rows and columns that hold something are read like the others — a filer may
 * hide rows to print a page — and listed, so the analyst knows the sheet holds more than it shows.
 */
public final class F11HiddenContent {

    private static final Rule RULE = Rule.HIDDEN_CONTENT;
    private static final int NAMED = 10;

    private F11HiddenContent() {
    }

    /** A hidden sheet, not read. */
    public static FileFinding hiddenSheet(String sheet) {
        return new FileFinding(RULE, sheet, 0, "", "工作表「" + sheet
                + "」是隐藏的，未读取；若其内容应当报送，请在 Excel 中取消隐藏后重新报送，否则请删除该表");
    }

    /**
     * A sheet's hidden rows and columns that hold something, read; null when there are none.
     *
     * @param rows    hidden rows, in sheet order
     * @param columns hidden columns, as letters in sheet order
     */
    public static FileFinding hiddenParts(String sheet, List<Integer> rows, List<String> columns) {
        if (rows.isEmpty() && columns.isEmpty()) {
            return null;
        }
        StringBuilder s = new StringBuilder("工作表「" + sheet + "」");
        if (!rows.isEmpty()) {
            s.append("第");
            for (int k = 0; k < Math.min(rows.size(), NAMED); k++) {
                s.append(k > 0 ? "、" : "").append(rows.get(k));
            }
            s.append(rows.size() > NAMED ? "等" + rows.size() + "行" : "行").append("是隐藏行");
        }
        if (!columns.isEmpty()) {
            s.append(rows.isEmpty() ? "" : "，").append("第");
            for (int k = 0; k < columns.size(); k++) {
                if (k >= NAMED) {
                    s.append("等");
                    break;
                }
                s.append(k > 0 ? "、" : "").append(columns.get(k));
            }
            s.append("列是隐藏列");
        }
        s.append("，其内容已照常读取；请确认这些内容应当报送（不应报送的请删除，而不是隐藏）");
        return new FileFinding(RULE, sheet, rows.isEmpty() ? 0 : rows.get(0), "", s.toString());
    }
}
