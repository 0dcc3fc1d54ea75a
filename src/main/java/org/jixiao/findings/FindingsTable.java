package org.jixiao.findings;

import static org.jixiao.filing.TableColumn.integer;
import static org.jixiao.filing.TableColumn.text;

import java.util.List;
import java.util.function.Consumer;
import org.jixiao.filing.Table;
import org.jixiao.filing.TableColumn;

/** The findings as a publishable table (问题清单), streamed from wherever they are kept. */
public final class FindingsTable {

    public static final String NAME = "问题清单";

    private static final List<TableColumn> COLUMNS = List.of(text("严重程度"), text("规则编号"), text("规则"), text("文件"),
            text("工作表"), integer("行"), text("列"), text("主管部门"), text("项目名称"), text("说明"));

    private FindingsTable() {
    }

    /** @param source calls its argument once per finding, in report order */
    public static Table of(Consumer<Consumer<Finding>> source) {
        return new Table(NAME, COLUMNS, row -> source.accept(f -> row.accept(new Object[] {f.severity().name(), f.rule().id(),
            f.rule().title(), f.file(), f.sheet(), f.row() > 0 ? f.row() : null, f.column(), f.department(), f.project(),
            f.message()})));
    }
}
