package org.jixiao.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jixiao.filing.Text;

/**
 * Pulls the rows of one worksheet out of its XML with StAX, one at a time, so a sheet of any size
 * is read in constant memory. Formula cells give their cached value. Merged ranges are listed at the
 * end of a sheet's XML; {@link #mergedRegions()} has them once the rows are exhausted.
 */
final class SheetCursor implements AutoCloseable {

    /**
     * A row: its 1-based number and its cells' text by 0-based column (null where empty); whether it is
     * hidden; and what was wrong with its cells (null when nothing): a cell that cannot be read makes
     * the row damaged, never the rest of the sheet unreadable.
     */
    record SheetRow(int number, List<String> cells, boolean hidden, String damage) {

        SheetRow(int number, List<String> cells) {
            this(number, cells, false, null);
        }

        boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank()) && damage == null;
        }
    }

    /** Excel's last column (XFD): a cell reference beyond it is damage, not a reason to grow a row without end. */
    static final int MAX_COLUMN = 16_383;

    private final InputStream stream;
    private final XMLStreamReader xml;
    private final List<String> strings;
    private final CellText cellText;
    private final List<CellRangeAddress> merged = new ArrayList<>();
    private final List<int[]> hiddenColumns = new ArrayList<>();
    private final ControlCharacters controls;
    private StringBuilder damage;
    private int lastRow;
    private boolean done;

    SheetCursor(InputStream stream, List<String> strings, CellText cellText, ControlCharacters controls) throws IOException {
        this.stream = stream;
        this.strings = strings;
        this.cellText = cellText;
        this.controls = controls;
        try {
            this.xml = SharedStringList.open(stream);
        } catch (XMLStreamException e) {
            throw new IOException("工作表 XML 无法读取", e);
        }
    }

    /** The next row with at least one cell element, or null at the end of the sheet. */
    SheetRow next() throws IOException {
        try {
            while (!done && xml.hasNext()) {
                int event = xml.next();
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (name.equals("row")) {
                    return readRow();
                }
                if (name.equals("mergeCell")) {
                    mergeCell(xml.getAttributeValue(null, "ref"));
                } else if (name.equals("col") && flag(xml.getAttributeValue(null, "hidden"))) {
                    Integer min = number(xml.getAttributeValue(null, "min"));
                    Integer max = number(xml.getAttributeValue(null, "max"));
                    if (min != null && max != null && min >= 1 && min <= max) {
                        hiddenColumns.add(new int[] {min - 1, Math.min(max - 1, MAX_COLUMN)});
                    }
                }
            }
            done = true;
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException((zipBomb(e) ? "工作表解压后异常巨大（疑似压缩炸弹），读到第" + lastRow + "行为止"
                    : "工作表的 XML 在第" + (lastRow + 1) + "行附近损坏") + "，第" + lastRow + "行之后的内容无法读取", e);
        }
    }

    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /** A merged range; one whose reference cannot be read is left out (the layout reader then sees the cells unmerged). */
    private void mergeCell(String ref) {
        try {
            CellRangeAddress range = CellRangeAddress.valueOf(ref);
            if (range.getFirstRow() >= 0 && range.getFirstColumn() >= 0 && range.getLastColumn() <= MAX_COLUMN) {
                merged.add(range);
            }
        } catch (RuntimeException e) {
            // a damaged range reference: the cells stay as they are
        }
    }

    private static boolean flag(String attribute) {
        return "1".equals(attribute) || "true".equals(attribute);
    }

    private static Integer number(String attribute) {
        if (attribute == null) {
            return null;
        }
        try {
            return Integer.valueOf(attribute.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private SheetRow readRow() throws XMLStreamException {
        Integer r = number(xml.getAttributeValue(null, "r"));
        // a row number that is missing, unreadable or not after the previous row's: the next one
        int number = r != null && r > lastRow && r <= 1_048_576 ? r : lastRow + 1;
        lastRow = number;
        boolean hidden = flag(xml.getAttributeValue(null, "hidden"));
        damage = null;
        List<String> cells = new ArrayList<>();
        int nextColumn = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                int column = column(xml.getAttributeValue(null, "r"), nextColumn);
                String text = readCell(column);
                if (column < 0) {
                    continue;
                }
                nextColumn = column + 1;
                while (cells.size() <= column) {
                    cells.add(null);
                }
                cells.set(column, controls.strip(text, number));
            }
        }
        return new SheetRow(number, cells, hidden, damage == null ? null : damage.toString());
    }

    /** The 0-based column of a cell reference, or -1 (and the row damaged) when it cannot be one. */
    private int column(String ref, int next) {
        if (ref == null) {
            return next <= MAX_COLUMN ? next : -1;
        }
        int column;
        try {
            column = new CellAddress(ref).getColumn();
        } catch (RuntimeException e) {
            column = -1;
        }
        if (column < 0 || column > MAX_COLUMN) {
            damaged("单元格地址「" + Text.shown(ref) + "」", "无法识别");
            return -1;
        }
        return column;
    }

    private void damaged(String where, String why) {
        damage = damage == null ? new StringBuilder() : damage.append("；");
        damage.append(where).append(why);
    }

    private String readCell(int column) throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        Integer s = number(xml.getAttributeValue(null, "s"));
        int style = s != null ? s : 0;
        String value = null;
        StringBuilder inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("v")) {
                    value = SharedStringList.text(xml, CsvRecords.MAX_CELL);
                } else if (name.equals("t") && "inlineStr".equals(type)) {
                    inline = inline == null ? new StringBuilder() : inline;
                    inline.append(SharedStringList.text(xml, CsvRecords.MAX_CELL));
                } else if (name.equals("rPh")) {
                    skip("rPh");
                }
            }
        }
        if ("inlineStr".equals(type)) {
            return inline == null ? null : capped(inline.toString());
        }
        if (value == null || column < 0) {
            return null;
        }
        String where = CsvRowSource.columnLetters(column) + "列";
        switch (type == null ? "n" : type) {
            case "s" -> {
                Integer index = number(value);
                if (index == null || index < 0 || index >= strings.size()) {
                    damaged(where, "的文字已损坏（共享字符串序号超出范围）");
                    return null;
                }
                return strings.get(index);
            }
            case "str", "d" -> {
                return value;
            }
            case "e" -> {
                damaged(where, "是公式错误「" + Text.shown(value) + "」，不是数值或文字");
                return null;
            }
            case "b" -> {
                return "1".equals(value.trim()) ? "TRUE" : "FALSE";
            }
            case "n" -> {
                String text = cellText.numeric(value.trim(), style);
                if (text == null) {
                    damaged(where, "的数值「" + Text.shown(value) + "」无法识别（不是有限的数字）");
                }
                return text;
            }
            default -> {
                damaged(where, "的类型「" + Text.shown(type) + "」无法识别");
                return null;
            }
        }
    }

    /** At most {@link CsvRecords#MAX_CELL} characters of a cell: Excel holds no more, every limit is far below. */
    private static String capped(String text) {
        return text.length() > CsvRecords.MAX_CELL ? text.substring(0, CsvRecords.MAX_CELL) : text;
    }

    private void skip(String element) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Hidden columns of the sheet as 0-based [first, last] ranges, known once the first row is read. */
    List<int[]> hiddenColumns() {
        return hiddenColumns;
    }

    /** Merged ranges of the sheet; complete only after {@link #next()} has returned null. */
    List<CellRangeAddress> mergedRegions() {
        return merged;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            stream.close();
        }
    }
}
