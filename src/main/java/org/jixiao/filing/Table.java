package org.jixiao.filing;

import java.util.List;
import java.util.function.Consumer;

/**
 * A table to publish: a name (the CSV file's and the XLSX sheet's), its columns, and its rows,
 * produced on demand so a long table (a city's findings) is streamed, never held.
 */
public record Table(String name, List<TableColumn> columns, Rows rows) {

    /** Produces the rows, one Object[] per row in column order. */
    @FunctionalInterface
    public interface Rows {
        void forEach(Consumer<Object[]> row);
    }

    public static Table of(String name, List<TableColumn> columns, List<Object[]> rows) {
        return new Table(name, columns, rows::forEach);
    }
}
