package org.jixiao.batch;

import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Writes {@link Manifest} as manifest.json: each record an object of its components in their order,
 * lists as arrays, maps as objects, nulls written, indented as Jackson's {@code INDENT_OUTPUT} indents
 * — the bytes databind wrote, with jackson-core's generator alone. A night that repeats the one before reads
 * no CSV and writes no table: databind's first use (some 650 classes loaded and introspected, ~0.4 s in a
 * fresh JVM) was there for this one file of plain records.
 */
final class ManifestJson {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final ObjectWriteContext INDENTED = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private ManifestJson() {
    }

    static void write(OutputStream out, Manifest manifest) {
        try (JsonGenerator g = JSON.createGenerator(INDENTED, out)) {
            value(g, manifest);
        }
    }

    private static void value(JsonGenerator g, Object v) {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Record r) {
            g.writeStartObject();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                g.writeName(c.getName());
                value(g, component(r, c));
            }
            g.writeEndObject();
        } else if (v instanceof List<?> list) {
            g.writeStartArray();
            list.forEach(e -> value(g, e));
            g.writeEndArray();
        } else if (v instanceof Map<?, ?> map) {
            g.writeStartObject();
            map.forEach((k, e) -> {
                g.writeName(k.toString());
                value(g, e);
            });
            g.writeEndObject();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            throw new IllegalArgumentException("manifest.json 不写 " + v.getClass().getName());
        }
    }

    private static Object component(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
