package org.jixiao.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Money;
import org.jixiao.filing.Text;

/**
 * Headers over two rows, as budget systems export them: a group cell ({@code 其中}, {@code 项目资金（元）},
 * {@code 当年财政拨款}) over its children ({@code 当年财政拨款 / 上年结转资金 / 年度其他资金}, or
 * {@code 年初预算数 / 全年预算数 / 全年执行数}). The children name the columns; a group and a child that
 * together name a column ({@code 当年财政拨款} + {@code 全年预算数}) name that one. A row of header cells
 * is read as part of the header, never as a project.
 */
final class HeaderRows {

    private HeaderRows() {
    }

    /**
     * The header made of {@code top} and the row under it, when that row continues the header: it
     * names at least one column, names mostly columns, and holds nothing a data row holds (a year, an
     * amount, a date). Null when {@code below} is not a header row.
     */
    static List<String> merge(List<String> top, List<String> below) {
        int named = 0;
        int other = 0;
        for (int i = 0; i < below.size(); i++) {
            String cell = Text.clean(below.get(i));
            if (cell == null || cell.equals(Text.clean(at(top, i)))) {
                continue;
            }
            if (looksLikeData(cell)) {
                return null;
            }
            if (name(top, i, cell) != null) {
                named++;
            } else {
                other++;
            }
        }
        if (named == 0 || other > named) {
            return null;
        }
        List<String> merged = new ArrayList<>();
        for (int i = 0; i < Math.max(top.size(), below.size()); i++) {
            String cell = Text.clean(at(below, i));
            String name = cell == null ? null : name(top, i, cell);
            merged.add(name != null ? name : at(top, i));
        }
        return merged;
    }

    /** The column a child cell names under the group above it (the nearest non-blank top cell at or left of it). */
    private static String name(List<String> top, int column, String child) {
        for (int k = Math.min(column, top.size() - 1); k >= 0; k--) {
            String group = Text.clean(top.get(k));
            if (group != null) {
                String both = FormLabels.normalise(group) + FormLabels.normalise(child);
                if (HeaderNames.lookupAny(both) != null) {
                    return both;
                }
                break;
            }
        }
        return HeaderNames.lookupAny(child) != null ? child : null;
    }

    private static boolean looksLikeData(String cell) {
        return Values.year(cell) != null || Values.date(cell) != null || Money.parse(cell).value() != null;
    }

    private static String at(List<String> row, int i) {
        return i < row.size() ? row.get(i) : null;
    }
}
