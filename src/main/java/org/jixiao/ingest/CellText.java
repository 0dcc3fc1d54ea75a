package org.jixiao.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns a numeric Excel cell into the text a filer meant, exactly: dates as ISO dates, percentages
 * as {@code 95%}, other numbers as plain decimals (the shortest decimal that is the stored double,
 * so 498139.1 stays 498139.1 and never becomes 498139.09999999998). Display formats such as
 * {@code #,##0.00} are deliberately ignored: they change how a number looks, not what it is.
 *
 * <p>Only each cell style's number format matters here, so the workbook's styles part is read with
 * StAX for just that (the {@code numFmtId} of each {@code cellXfs/xf} and the workbook's own
 * {@code numFmts}), and what a style means for a cell is decided once per style.
 */
final class CellText {

    private static final java.math.MathContext EXCEL_DIGITS = new java.math.MathContext(15, java.math.RoundingMode.HALF_UP);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private enum Meaning { NUMBER, DATE, PERCENT }

    /** Number format id of each cell style, by style index. */
    private final int[] formatIds;
    /** The workbook's own number formats, by id; built-in ids are looked up in POI's table. */
    private final Map<Integer, String> customFormats;
    private final Meaning[] meanings;

    CellText(int[] formatIds, Map<Integer, String> customFormats) {
        this.formatIds = formatIds;
        this.customFormats = customFormats;
        this.meanings = new Meaning[formatIds.length];
    }

    /** From the styles part of a workbook; without one ({@code in} null) every number is plain. */
    static CellText read(InputStream in) throws IOException {
        if (in == null) {
            return new CellText(new int[0], Map.of());
        }
        List<Integer> ids = new ArrayList<>();
        Map<Integer, String> custom = new HashMap<>();
        try (in) {
            XMLStreamReader xml = SharedStringList.open(in);
            try {
                boolean inCellXfs = false;
                // a conditional format (dxfs/dxf/numFmt) may reuse an id: only numFmts defines the cells' formats
                boolean inNumFmts = false;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        switch (xml.getLocalName()) {
                            case "numFmts" -> inNumFmts = true;
                            case "numFmt" -> {
                                if (inNumFmts) {
                                    custom.put(number(xml.getAttributeValue(null, "numFmtId")), xml.getAttributeValue(null, "formatCode"));
                                }
                            }
                            case "cellXfs" -> inCellXfs = true;
                            case "xf" -> {
                                if (inCellXfs) {
                                    ids.add(number(xml.getAttributeValue(null, "numFmtId")));
                                }
                            }
                            default -> { }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        switch (xml.getLocalName()) {
                            case "cellXfs" -> inCellXfs = false;
                            case "numFmts" -> inNumFmts = false;
                            default -> { }
                        }
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | NumberFormatException e) {
            throw new IOException("工作簿的样式部分（「xl/styles.xml」）损坏，无法判断单元格是日期、百分比还是数字，整个文件未导入", e);
        }
        return new CellText(ids.stream().mapToInt(Integer::intValue).toArray(), custom);
    }

    private static int number(String attribute) {
        return attribute == null ? 0 : Integer.parseInt(attribute.trim());
    }

    /** The text of a numeric cell; null when the value is not a finite number (damage: Excel never writes one). */
    String numeric(String value, int styleIndex) {
        double d;
        try {
            d = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return null;
        }
        if (!Double.isFinite(d)) {
            return null;
        }
        Meaning meaning = styleIndex >= 0 && styleIndex < formatIds.length ? meaningOf(styleIndex) : Meaning.NUMBER;
        if (meaning == Meaning.DATE && DateUtil.isValidExcelDate(d)) {
            LocalDateTime t = DateUtil.getLocalDateTime(d);
            return t.toLocalTime().toSecondOfDay() == 0 ? t.format(DATE) : t.format(DATE_TIME);
        }
        BigDecimal exact = plain(d);
        if (meaning == Meaning.PERCENT) {
            return plainString(exact.movePointRight(2)) + "%";
        }
        return plainString(exact);
    }

    private Meaning meaningOf(int styleIndex) {
        Meaning m = meanings[styleIndex];
        if (m == null) {
            int id = formatIds[styleIndex];
            String format = customFormats.containsKey(id) ? customFormats.get(id) : BuiltinFormats.getBuiltinFormat(id);
            m = format != null && DateUtil.isADateFormat(id, format) ? Meaning.DATE
                    : format != null && format.contains("%") && !format.contains("\"%\"") ? Meaning.PERCENT : Meaning.NUMBER;
            meanings[styleIndex] = m;
        }
        return m;
    }

    /**
     * The number as Excel shows it: at most 15 significant digits (so a sum that the binary double
     * makes 0.30000000000000004 is 0.3, as on the filer's screen).
     */
    static BigDecimal plain(double d) {
        return BigDecimal.valueOf(d).round(EXCEL_DIGITS);
    }

    static String plainString(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }
}
