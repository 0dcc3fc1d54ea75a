package org.jixiao.ingest;

/**
 * The data row read before the current one, so that a cell repeating it is looked at once. Flat
 * files repeat every project column — goals of hundreds of characters included — on every row: a
 * cell equal to the previous row's cell in the same column becomes that very string
 * ({@link #share}), and whatever was made of it then is taken again ({@link #pick}) instead of
 * walking through its characters once more. Later steps (checks, the store) compare such cells by
 * identity first, so they gain too.
 */
final class RepeatedCells {

    private String[] previous;
    private String[] previousPicked;

    /** Makes each cell of {@code row} that equals the previous row's cell in its column that string, in place. */
    void share(String[] row) {
        if (previous == null) {
            return;
        }
        int n = Math.min(row.length, previous.length);
        for (int i = 0; i < n; i++) {
            String p = previous[i];
            if (p != null && p.equals(row[i])) {
                row[i] = p;
            }
        }
    }

    /** Whether the cell at {@code column} is the previous row's, already looked at then. */
    boolean seen(String[] row, int column) {
        return previous != null && column < previous.length && previous[column] == row[column] && row[column] != null;
    }

    /** The header's pick of a shared row's cells; the row becomes the previous one. */
    String[] pick(HeaderMap header, String[] row) {
        String[] cells = header.cellsOf(row, previous, previousPicked);
        previous = row;
        previousPicked = cells.clone();
        return cells;
    }

    /** Forgets the previous row: a new sheet or file begins. */
    void reset() {
        previous = null;
        previousPicked = null;
    }
}
