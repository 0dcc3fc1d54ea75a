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
                    conflicts.add(Finding.at(Rule.PROJECT_CONFLICT, row.source(), c.name(),
                            "同一项目的「" + c.name() + "」前后不一致：第" + first.source().row() + "行为「" + first.value()
                                    + "」，第" + row.source().row() + "行为「" + v + "」；项目未导入"));
                }
            }
        }
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
