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

/**
 * Pulls the rows of one worksheet out of its XML with StAX, one at a time, so a sheet of any size
 * is read in constant memory. Formula cells give their cached value. Merged ranges are listed at the
 * end of a sheet's XML; {@link #mergedRegions()} has them once the rows are exhausted.
 */
final class SheetCursor implements AutoCloseable {

    /** A row: its 1-based number and its cells' text by 0-based column (null where empty). */
    record SheetRow(int number, List<String> cells) {
        boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    private final InputStream stream;
    private final XMLStreamReader xml;
    private final List<String> strings;
    private final CellText cellText;
    private final List<CellRangeAddress> merged = new ArrayList<>();
    private int lastRow;
    private boolean done;

    SheetCursor(InputStream stream, List<String> strings, CellText cellText) throws IOException {
        this.stream = stream;
        this.strings = strings;
        this.cellText = cellText;
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
                    merged.add(CellRangeAddress.valueOf(xml.getAttributeValue(null, "ref")));
                }
            }
            done = true;
            return null;
        } catch (XMLStreamException | IllegalArgumentException e) {
            throw new IOException("工作表 XML 在第" + (lastRow + 1) + "行附近损坏", e);
        }
    }

    private SheetRow readRow() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        int number = r != null ? Integer.parseInt(r) : lastRow + 1;
        lastRow = number;
        List<String> cells = new ArrayList<>();
        int nextColumn = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                String ref = xml.getAttributeValue(null, "r");
                int column = ref != null ? new CellAddress(ref).getColumn() : nextColumn;
                nextColumn = column + 1;
                String text = readCell();
                while (cells.size() <= column) {
                    cells.add(null);
                }
                cells.set(column, text);
            }
        }
        return new SheetRow(number, cells);
    }

    private String readCell() throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        String s = xml.getAttributeValue(null, "s");
        int style = s != null ? Integer.parseInt(s) : 0;
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
                    value = xml.getElementText();
                } else if (name.equals("t") && "inlineStr".equals(type)) {
                    inline = inline == null ? new StringBuilder() : inline;
                    inline.append(xml.getElementText());
                } else if (name.equals("rPh")) {
                    skip("rPh");
                }
            }
        }
        if ("inlineStr".equals(type)) {
            return inline == null ? null : inline.toString();
        }
        if (value == null) {
            return null;
        }
        return switch (type == null ? "n" : type) {
            case "s" -> sharedString(Integer.parseInt(value.trim()));
            case "str", "e", "d" -> value;
            case "b" -> "1".equals(value.trim()) ? "TRUE" : "FALSE";
            default -> cellText.numeric(value.trim(), style);
        };
    }

    private String sharedString(int index) {
        if (index < 0 || index >= strings.size()) {
            throw new IllegalArgumentException("共享字符串序号 " + index + " 超出范围（共 " + strings.size() + " 项）");
        }
        return strings.get(index);
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
