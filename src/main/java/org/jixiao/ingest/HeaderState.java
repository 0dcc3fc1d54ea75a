package org.jixiao.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Text;
import org.jixiao.findings.Rule;

/**
 * The header of a flat table while it is settled: found on one row, perhaps continued by the row
 * under it (a two-row header, {@link HeaderRows}), then final. What the filer must hear of it once —
 * its unknown columns, a header cell that could not be read — is said when it is settled.
 */
final class HeaderState {

    private HeaderMap map;
    private List<String> cells;
    private int row;
    private String damage;
    private boolean mayContinue;
    private int width;

    /** A header found on {@code row}; the next row may still continue it. */
    void found(HeaderMap found, List<String> headerCells, int rowNumber, String damaged) {
        map = found;
        cells = headerCells;
        row = rowNumber;
        damage = damaged;
        mayContinue = true;
        width = Math.max(width, headerCells.size());
    }

    /** Whether {@code below} is the header's second row: if so, the header is now both rows. */
    boolean continuedBy(List<String> below) {
        if (!mayContinue) {
            return false;
        }
        List<String> merged = HeaderRows.merge(cells, below);
        HeaderMap m = merged == null ? null : HeaderMap.recognise(merged);
        if (m == null) {
            return false;
        }
        map = m;
        cells = merged;
        width = Math.max(width, merged.size());
        return true;
    }

    /** Whether a second header row may still come. */
    boolean mayContinue() {
        return mayContinue;
    }

    /** The header is final: the problems to say of it, once (none when it was settled before). */
    List<SourceProblem> settle(String sheet) {
        List<SourceProblem> said = new ArrayList<>();
        if (!mayContinue) {
            return said;
        }
        mayContinue = false;
        String where = sheet.isEmpty() ? "" : "工作表「" + sheet + "」的";
        if (damage != null) {
            said.add(new SourceProblem(Rule.ROW_UNREADABLE, sheet, row, "", where + "表头第" + row + "行有无法读取的单元格（" + damage
                    + "），该列的内容未导入", 0));
        }
        if (!map.unknown().isEmpty()) {
            said.add(new SourceProblem(Rule.COLUMN_UNKNOWN, sheet, row, Text.shownList(map.unknown(), false),
                    "表头中有未知的列，其内容未导入：" + Text.shownList(map.unknown()), 0));
        }
        return said;
    }

    boolean present() {
        return map != null;
    }

    /** Found, with every required column. */
    boolean complete() {
        return map != null && map.missing().isEmpty();
    }

    HeaderMap map() {
        return map;
    }

    int row() {
        return row;
    }

    String damage() {
        return damage;
    }

    /** The most cells a header row of this table had (blank ones included): a data row never has more. */
    int width() {
        return width;
    }

    /** Forgets the header: a new sheet begins. */
    void reset() {
        map = null;
        cells = null;
        row = 0;
        damage = null;
        mayContinue = false;
        width = 0;
    }
}
