package org.jixiao.ingest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.filing.Text;

/** Reading the contract's value grammar (filings.md §3) for years, dates and plain numbers. */
public final class Values {

    private static final Pattern YEAR = Pattern.compile("^\\(?(\\d{4})(?:\\.0+)?(?:年度|年)?\\)?$");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:\\s.*)?$");
    private static final Pattern NUMBER = Pattern.compile("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$");
    /** Excel serial day numbers of 1954..2119: a bare number in a date column is one of these. */
    private static final int SERIAL_MIN = 20000;
    private static final int SERIAL_MAX = 80000;

    private Values() {
    }

    /** {@code 2025}, {@code 2025年度}, {@code (2025年度)} → 2025; null when unreadable. */
    public static Integer year(String raw) {
        Matcher m = YEAR.matcher(Text.squeeze(raw));
        if (!m.matches()) {
            return null;
        }
        int y = Integer.parseInt(m.group(1));
        return y >= 1990 && y <= 2100 ? y : null;
    }

    /** {@code 2025-01-01}, {@code 2025/1/1}, {@code 2025年1月1日}, an Excel serial number; null when unreadable. */
    public static LocalDate date(String raw) {
        String s = Text.squeeze(raw);
        Matcher m = DATE.matcher(s);
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if (NUMBER.matcher(s).matches()) {
                double serial = Double.parseDouble(s);
                if (serial >= SERIAL_MIN && serial <= SERIAL_MAX) {
                    return LocalDate.of(1899, 12, 30).plusDays((long) Math.floor(serial));
                }
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /** A plain number such as 分值 {@code 7.5}; a trailing % divides by 100; null when unreadable. */
    public static BigDecimal number(String raw) {
        String s = Text.squeeze(raw).replace(",", "");
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("分")) {
            s = s.substring(0, s.length() - 1);
        }
        if (!NUMBER.matcher(s).matches()) {
            return null;
        }
        BigDecimal n = new BigDecimal(s);
        return percent ? n.movePointLeft(2) : n;
    }

    /** A rate as a fraction: {@code 100.00%} → 1.0000; a bare number above 1.5 is read as a percentage. */
    public static BigDecimal rate(String raw) {
        BigDecimal n = number(raw);
        if (n == null) {
            return null;
        }
        boolean percentSign = Text.squeeze(raw).endsWith("%");
        return !percentSign && n.compareTo(new BigDecimal("1.5")) > 0 ? n.movePointLeft(2) : n;
    }
}
