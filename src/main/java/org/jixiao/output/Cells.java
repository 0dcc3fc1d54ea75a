package org.jixiao.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jixiao.filing.TableColumn;

/** How values are written into published cells, shared by the CSV and XLSX writers. */
final class Cells {

    private Cells() {
    }

    /**
     * Whether a text could be taken for a formula by a spreadsheet (=, +, -, @, or a tab or carriage
     * return first). Such text is neutralised: a leading apostrophe in CSV, a quote-prefixed cell in XLSX.
     */
    static boolean looksLikeFormula(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '＝' || c == '＋' || c == '－' || c == '＠';
    }

    /** A number as plain text for CSV, at the column type's scale. */
    static String plain(TableColumn.Type type, Object value) {
        if (value == null) {
            return "";
        }
        if (!(value instanceof BigDecimal n)) {
            return value.toString();
        }
        return switch (type) {
            case MONEY, WAN -> n.setScale(2, RoundingMode.HALF_UP).toPlainString();
            case PERCENT -> n.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString();
            case SCORE -> {
                BigDecimal s = n.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
                yield s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
            }
            default -> n.toPlainString();
        };
    }

    /** Header text for CSV: a percentage column says so, since its values are bare numbers. */
    static String csvHeader(TableColumn c) {
        return c.type() == TableColumn.Type.PERCENT ? c.header() + "(%)" : c.header();
    }
}
