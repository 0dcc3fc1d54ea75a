package org.jixiao.render;

import java.util.Iterator;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * A JRDataSource over a list of rows, reading each field through a switch on its name. Jasper's bean
 * data sources go through getters and fail on records (Jaspersoft/jasperreports#486); a switch also
 * makes a template that asks for a field we do not provide fail loudly instead of printing blank.
 * Rewindable, because a band that must not split (a short merged run) is filled again on the next page.
 */
final class Rows<T> implements JRRewindableDataSource {

    /** Reads one field of a row; throws for a field name the row kind does not know. */
    @FunctionalInterface
    interface Fields<T> {
        Object get(T row, String field);
    }

    private final List<T> list;
    private final Fields<T> fields;
    private Iterator<T> rows;
    private T current;

    Rows(List<T> rows, Fields<T> fields) {
        this.list = rows;
        this.rows = rows.iterator();
        this.fields = fields;
    }

    @Override
    public void moveFirst() {
        rows = list.iterator();
        current = null;
    }

    @Override
    public boolean next() {
        if (!rows.hasNext()) {
            current = null;
            return false;
        }
        current = rows.next();
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        return fields.get(current, field.getName());
    }

    /** For the default branch of a field switch: a template asked for a field this data does not have. */
    static IllegalArgumentException unknown(String field) {
        return new IllegalArgumentException("模板使用了未知字段 / unknown field: " + field);
    }
}
