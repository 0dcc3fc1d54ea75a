package org.jixiao.generate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jixiao.filing.Column;
import org.jixiao.filing.Kind;

/** The header a department's flat file carries: the contract's columns of the kind, less the optional ones it leaves out. */
final class FlatColumns {

    private static final Set<Column> STATED = EnumSet.of(Column.执行率, Column.资金得分, Column.总分, Column.总得分);

    private FlatColumns() {
    }

    static List<Column> of(Kind kind, Style style) {
        List<Column> columns = new ArrayList<>();
        for (Column c : Column.values()) {
            boolean left = (c == Column.地区 && !style.withRegion()) || (c == Column.项目编码 && !style.withCode())
                    || (STATED.contains(c) && !style.statedScores());
            if (c.belongsTo(kind) && !left) {
                columns.add(c);
            }
        }
        return columns;
    }

    /** The header as the department types it: money columns may say （元）, as printed forms do. */
    static String header(Column c, Style style) {
        return style.yuanHeaders() && c.type() == Column.Type.MONEY ? c.name() + "（元）" : c.name();
    }
}
