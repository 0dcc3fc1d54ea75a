package org.jixiao.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Which sheets of a workbook are hidden: the {@code state} of each {@code <sheet>} in workbook.xml
 * ({@code hidden}, or {@code veryHidden} for a sheet only a macro can show). POI's streaming sheet
 * iterator gives names, not states, so the small workbook part is read here with StAX.
 */
final class SheetStates {

    private SheetStates() {
    }

    /** Sheet name → state (absent when visible). A damaged part gives no states: every sheet is read. */
    static Map<String, String> read(InputStream in) throws IOException {
        Map<String, String> states = new HashMap<>();
        if (in == null) {
            return states;
        }
        try (in) {
            XMLStreamReader xml = SharedStringList.open(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                        String name = xml.getAttributeValue(null, "name");
                        String state = xml.getAttributeValue(null, "state");
                        if (name != null && state != null && !state.equals("visible")) {
                            states.put(name, state);
                        }
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            return states;
        }
        return states;
    }
}
