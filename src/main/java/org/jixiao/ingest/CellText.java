package org.jixiao.ingest;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Turns a numeric Excel cell into the text a filer meant, exactly: dates as ISO dates, percentages
 * as {@code 95%}, other numbers as plain decimals (the shortest decimal that is the stored double,
 * so 498139.1 stays 498139.1 and never becomes 498139.09999999998). Display formats such as
 * {@code #,##0.00} are deliberately ignored: they change how a number looks, not what it is.
 */
final class CellText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final StylesTable styles;

    CellText(StylesTable styles) {
        this.styles = styles;
    }

    String numeric(String value, int styleIndex) {
        double d;
        try {
            d = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return value;
        }
        String format = null;
        int formatIndex = 0;
        if (styles != null && styleIndex >= 0 && styleIndex < styles.getNumCellStyles()) {
            XSSFCellStyle style = styles.getStyleAt(styleIndex);
            formatIndex = style.getDataFormat();
            format = style.getDataFormatString();
        }
        if (format != null && DateUtil.isADateFormat(formatIndex, format) && DateUtil.isValidExcelDate(d)) {
            LocalDateTime t = DateUtil.getLocalDateTime(d);
            return t.toLocalTime().toSecondOfDay() == 0 ? t.format(DATE) : t.format(DATE_TIME);
        }
        BigDecimal exact = plain(d);
        if (format != null && format.contains("%") && !format.contains("\"%\"")) {
            return plainString(exact.movePointRight(2)) + "%";
        }
        return plainString(exact);
    }

    static BigDecimal plain(double d) {
        return BigDecimal.valueOf(d);
    }

    static String plainString(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }
}
