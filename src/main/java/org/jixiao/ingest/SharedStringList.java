package org.jixiao.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * A workbook's shared strings (xl/sharedStrings.xml), read with StAX into a list: the text of each
 * item as Excel shows it — its runs joined, phonetic guides left out, {@code _xHHHH_} escapes
 * decoded. POI's own tables build an XML object tree for the part, or an object per lookup; a
 * filing's strings are looked up once per cell, so a plain list of strings is all that is needed.
 */
final class SharedStringList {

    /** One factory per thread, made with POI's secure settings: finding a factory is a service lookup. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(XMLHelper::newXMLInputFactory);

    private SharedStringList() {
    }

    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.get().createXMLStreamReader(in);
    }

    /** The items in order; an item without text is null. An absent part ({@code in} null) has none. */
    static List<String> read(InputStream in) throws IOException {
        List<String> items = new ArrayList<>();
        if (in == null) {
            return items;
        }
        try (in) {
            XMLStreamReader xml = open(in);
            try {
                StringBuilder item = null;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        switch (xml.getLocalName()) {
                            case "si" -> item = null;
                            case "t" -> (item == null ? item = new StringBuilder() : item).append(text(xml, CsvRecords.MAX_CELL));
                            case "rPh" -> skip(xml);
                            default -> { }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("si")) {
                        items.add(item == null ? null : decode(item.length() > CsvRecords.MAX_CELL ? item.substring(0, CsvRecords.MAX_CELL) : item));
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("工作簿的共享文字部分（「xl/sharedStrings.xml」）损坏，单元格的文字无法读取，整个文件未导入", e);
        }
        return items;
    }

    /**
     * The text of the element just started, up to its end, at most {@code cap} characters: the rest is
     * read past, never held, so a cell of millions of characters costs no more memory than a long one.
     */
    static String text(XMLStreamReader xml, int cap) throws XMLStreamException {
        StringBuilder s = new StringBuilder();
        int depth = 1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE) {
                int n = Math.min(xml.getTextLength(), cap - s.length());
                if (n > 0) {
                    s.append(xml.getTextCharacters(), xml.getTextStart(), n);
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT && --depth == 0) {
                break;
            }
        }
        return s.toString();
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }

    /** Excel writes characters XML cannot carry (line feeds in some versions, control characters) as {@code _xHHHH_}. */
    static String decode(CharSequence s) {
        StringBuilder out = null;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '_' && i + 6 < n && s.charAt(i + 1) == 'x' && s.charAt(i + 6) == '_' && hex(s, i + 2, i + 6)) {
                out = out == null ? new StringBuilder(n).append(s, 0, i) : out;
                out.append((char) Integer.parseInt(s, i + 2, i + 6, 16));
                i += 7;
            } else {
                if (out != null) {
                    out.append(c);
                }
                i++;
            }
        }
        return out == null ? s.toString() : out.toString();
    }

    private static boolean hex(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
