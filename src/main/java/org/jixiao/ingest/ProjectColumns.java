package org.jixiao.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Money;
import org.jixiao.filing.SourceRef;
import org.jixiao.filing.Text;
import org.jixiao.findings.Finding;
import org.jixiao.findings.Rule;

/**
 * The project-level columns of a project's rows, agreed: the first non-blank value of each column
 * (a blank repeats it), and a conflict finding for every later value that says something else.
 */
final class ProjectColumns {

    /** A value and the row it was first filed on. */
    record Cell(String value, SourceRef source) {
    }

    private final Map<Column, Cell> cells = new EnumMap<>(Column.class);
    private final List<Finding> conflicts = new ArrayList<>();
    /** Per column in conflict: each distinct value (by the column's comparison) and the rows that filed it. */
    private final Map<Column, List<Filed>> disagreeing = new EnumMap<>(Column.class);

    /** A value as filed and the rows that filed it (an equal value, as the column compares, counts as the same). */
    private record Filed(String value, List<Integer> rows, SourceRef first) {
    }

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
        disagreeing.forEach((c, values) -> conflicts.add(conflict(c, values)));
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

    /** One 错误 for a column in conflict, located at the first row that disagrees, listing every value with its rows. */
    private static Finding conflict(Column c, List<Filed> values) {
        StringBuilder s = new StringBuilder("同一项目的「" + c.name() + "」前后不一致：");
        for (int k = 0; k < values.size() && k < 5; k++) {
            Filed f = values.get(k);
            s.append(k > 0 ? "，" : "").append(Rows.describe(f.rows())).append("为「").append(Text.shown(f.value())).append("」");
        }
        if (values.size() > 5) {
            s.append("，另有").append(values.size() - 5).append("种不同的值");
        }
        return Finding.at(Rule.PROJECT_CONFLICT, values.get(1).first(), c.name(), s.append("；项目未导入").toString());
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
