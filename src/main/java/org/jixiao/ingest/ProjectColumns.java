package org.jixiao.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jixiao.filing.Column;
import org.jixiao.filing.FiledRow;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Money;
import org.jixiao.filing.SourceRef;
import org.jixiao.filing.Text;
import org.jixiao.findings.E06ProjectConflict;
import org.jixiao.findings.E06ProjectConflict.Filed;
import org.jixiao.findings.Finding;

/**
 * The project-level columns of a project's rows, agreed: the first non-blank value of each column
 * (a blank repeats it), and for a column whose later values say something else, every value with the
 * rows that filed it, said by {@link E06ProjectConflict}.
 */
final class ProjectColumns {

    /** A value and the row it was first filed on. */
    record Cell(String value, SourceRef source) {
    }

    private final Map<Column, Cell> cells = new EnumMap<>(Column.class);
    private final List<Finding> conflicts = new ArrayList<>();
    /**
     * Per column in conflict: each distinct value (an equal value, as the column compares, counts as the
     * same) and the rows that filed it.
     */
    private final Map<Column, List<Filed>> disagreeing = new EnumMap<>(Column.class);

    ProjectColumns(Kind kind, List<FiledRow> rows) {
        for (FiledRow row : rows) {
            for (Column c : Column.values()) {
                if (c.level() != Column.Level.PROJECT || !c.belongsTo(kind)) {
                    continue;
                }
                String v = row.get(c);
                if (v == null) {
                    continue;
                }
                Cell first = cells.get(c);
                if (first == null) {
                    cells.put(c, new Cell(v, row.source()));
                } else if (!same(c, first.value(), v)) {
                    note(c, first, v, row.source());
                }
            }
        }
        disagreeing.forEach((c, values) -> conflicts.add(E06ProjectConflict.of(c.name(), values)));
    }

    /** Notes a row whose value differs from the column's first: one finding per column comes of it, not one per row. */
    private void note(Column c, Cell first, String v, SourceRef where) {
        List<Filed> values = disagreeing.computeIfAbsent(c, k -> {
            List<Filed> l = new ArrayList<>();
            l.add(new Filed(first.value(), new ArrayList<>(List.of(first.source().row())), first.source()));
            return l;
        });
        for (Filed f : values) {
            if (same(c, f.value(), v)) {
                f.rows().add(where.row());
                return;
            }
        }
        values.add(new Filed(v, new ArrayList<>(List.of(where.row())), where));
    }

    String value(Column c) {
        Cell cell = cells.get(c);
        return cell == null ? null : cell.value();
    }

    /** Where a column's value was filed; the fallback when the column is blank throughout. */
    SourceRef source(Column c, SourceRef fallback) {
        Cell cell = cells.get(c);
        return cell == null ? fallback : cell.source();
    }

    List<Finding> conflicts() {
        return conflicts;
    }

    private static boolean same(Column c, String a, String b) {
        if (a.equals(b)) {
            // flat files repeat every project column on every row: the common case, and a cheap one
            return true;
        }
        return switch (c.type()) {
            case MONEY -> {
                Money.Parsed x = Money.parse(a);
                Money.Parsed y = Money.parse(b);
                yield x.value() != null && y.value() != null ? x.value().compareTo(y.value()) == 0 : Text.squeeze(a).equals(Text.squeeze(b));
            }
            case YEAR -> Objects.equals(Values.year(a), Values.year(b)) && Values.year(a) != null || Text.squeeze(a).equals(Text.squeeze(b));
            case DATE -> Objects.equals(Values.date(a), Values.date(b)) && Values.date(a) != null || Text.squeeze(a).equals(Text.squeeze(b));
            case NUMBER -> {
                var x = Values.number(a);
                var y = Values.number(b);
                yield x != null && y != null ? x.compareTo(y) == 0 : Text.squeeze(a).equals(Text.squeeze(b));
            }
            case TEXT -> c == Column.主管部门
                    ? org.jixiao.filing.Departments.key(a).equals(org.jixiao.filing.Departments.key(b))
                    : Text.squeeze(a).equals(Text.squeeze(b));
        };
    }
}
