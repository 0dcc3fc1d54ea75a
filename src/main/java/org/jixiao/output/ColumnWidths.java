package org.jixiao.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jixiao.filing.TableColumn;

/**
 * How wide each column of a sheet is, from what it holds: the widest value as Excel shows it (a
 * Chinese character takes two character widths, a Latin one one), at least room for the header's
 * first line of up to eight characters, and at most {@link #MAX} characters, beyond which text wraps.
 * Widths are in Excel's unit, 1/256 of a character.
 */
final class ColumnWidths {

    /** The widest a column grows, in Latin characters: a 问题清单 message wraps onto lines of this length. */
    static final int MAX = 60;
    private static final int PADDING = 2;
    private static final int HEADER = 16;

    private final List<TableColumn> columns;
    private final int[] widest;

    ColumnWidths(List<TableColumn> columns) {
        this.columns = columns;
        this.widest = new int[columns.size()];
        for (int i = 0; i < widest.length; i++) {
            widest[i] = Math.min(display(columns.get(i).header()), HEADER);
        }
    }

    void add(int column, Object value) {
        if (value != null && column < widest.length) {
            widest[column] = Math.max(widest[column], display(shown(columns.get(column).type(), value)));
        }
    }

    /** The column's width in 1/256 of a character. */
    int width(int column) {
        return Math.min(widest[column] + PADDING, MAX) * 256;
    }

    /** The value as the sheet's number formats show it. */
    private static String shown(TableColumn.Type type, Object value) {
        if (value instanceof BigDecimal n) {
            return switch (type) {
                case PERCENT -> n.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
                // the text a grouped amount shows; String.format parsed its pattern for every cell (a quarter of a table's write)
                case MONEY, WAN -> org.jixiao.filing.Money.formatYuan(n);
                default -> n.stripTrailingZeros().toPlainString();
            };
        }
        return value.toString();
    }

    /** Width in Latin characters: two for a character of the wide (East Asian) forms, one otherwise. */
    static int display(String s) {
        int w = 0;
        int line = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                w = Math.max(w, line);
                line = 0;
            } else {
                line += c >= 0x1100 && !(c >= 0xFF61 && c <= 0xFFDC) ? 2 : 1;
            }
        }
        return Math.max(w, line);
    }
}
