package org.jixiao.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jixiao.filing.Text;

/**
 * A held sheet as the form readers see it: its non-blank rows by position (index 0 is the first
 * non-blank row, so blank rows a filer inserted between blocks simply vanish), each cell's text, and
 * the column span of a cell — its merged range, since a printed form merges a label or a value across
 * several columns and keeps the text only in the range's first cell.
 */
final class FormGrid {

    private final SheetGrid grid;
    /** Merged ranges by row index: the ranges that cover each held row, so a lookup scans only those. */
    private final List<List<CellRangeAddress>> mergedByRow;

    FormGrid(SheetGrid grid) {
        this.grid = grid;
        this.mergedByRow = new ArrayList<>();
        for (int i = 0; i < grid.rows().size(); i++) {
            mergedByRow.add(new ArrayList<>());
        }
        for (CellRangeAddress r : grid.merged()) {
            for (int i = firstRowAtOrAfter(r.getFirstRow() + 1); i < size() && number(i) <= r.getLastRow() + 1; i++) {
                mergedByRow.get(i).add(r);
            }
        }
    }

    private int firstRowAtOrAfter(int number) {
        int lo = 0;
        int hi = size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (number(mid) < number) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    String sheet() {
        return grid.sheet();
    }

    int size() {
        return grid.rows().size();
    }

    /** The Excel row number (1-based) of row {@code i}. */
    int number(int i) {
        return grid.rows().get(i).number();
    }

    int width(int i) {
        return grid.rows().get(i).cells().size();
    }

    /** The cell's text without surrounding whitespace, or null when blank. */
    String text(int i, int column) {
        List<String> cells = grid.rows().get(i).cells();
        return column >= 0 && column < cells.size() ? Text.clean(cells.get(column)) : null;
    }

    /** The cell's text as labels are compared (see {@link FormLabels#normalise}); "" when blank. */
    String label(int i, int column) {
        return FormLabels.normalise(text(i, column));
    }

    /** Columns {@code [first, last]} covered by the cell: its merged range, or the cell alone. */
    int[] span(int i, int column) {
        for (CellRangeAddress r : mergedByRow.get(i)) {
            if (r.getFirstColumn() <= column && column <= r.getLastColumn()) {
                return new int[] {r.getFirstColumn(), r.getLastColumn()};
            }
        }
        return new int[] {column, column};
    }

    /** The first column of row {@code i} labelled {@code label} (a bracketed note after it allowed); -1 if none. */
    int find(int i, String label) {
        for (int c = 0; c < width(i); c++) {
            String here = label(i, c);
            if (here.equals(label) || FormLabels.stem(here).equals(label)) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The text in row {@code i} that sits under a header spanning {@code span}: the first non-blank
     * cell right of {@code after} whose own span overlaps it. A value merged differently from its
     * header (a common result of hand-edited forms) still lines up.
     */
    String under(int i, int[] span, int after) {
        for (int c = Math.max(0, after + 1); c < width(i); c++) {
            String t = text(i, c);
            if (t == null) {
                continue;
            }
            int[] own = span(i, c);
            if (own[0] <= span[1] && own[1] >= span[0]) {
                return t;
            }
            if (own[0] > span[1]) {
                return null;
            }
        }
        return null;
    }

    /** The only non-blank text of row {@code i}, or null when the row has none or several. */
    String lone(int i) {
        String found = null;
        for (int c = 0; c < width(i); c++) {
            String t = text(i, c);
            if (t != null) {
                if (found != null) {
                    return null;
                }
                found = t;
            }
        }
        return found;
    }
}
