package org.jixiao.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Text;

/**
 * The indicator table's merged cells: consecutive rows with the same 一级指标 form one 一级 run, and
 * within it consecutive rows with the same 二级指标 one 二级 run, as on the official form where those
 * cells are merged. Rows keep their filed order; a 一级 that comes back later starts a new run.
 */
final class Spans {

    /** A run of rows under one 一级指标 (null when filed blank). */
    record Level1(String name, List<Level2> runs) {
    }

    /** A run of rows under one 二级指标, within a 一级 run. */
    record Level2(String name, List<Indicator> rows) {
    }

    private Spans() {
    }

    static List<Level1> of(List<Indicator> indicators) {
        List<Level1> out = new ArrayList<>();
        int i = 0;
        while (i < indicators.size()) {
            int end = runEnd(indicators, i, indicators.size(), Indicator::level1);
            out.add(new Level1(Text.clean(indicators.get(i).level1()), level2(indicators.subList(i, end))));
            i = end;
        }
        return out;
    }

    private static List<Level2> level2(List<Indicator> rows) {
        List<Level2> out = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            int end = runEnd(rows, i, rows.size(), Indicator::level2);
            out.add(new Level2(Text.clean(rows.get(i).level2()), List.copyOf(rows.subList(i, end))));
            i = end;
        }
        return out;
    }

    private static int runEnd(List<Indicator> rows, int start, int limit, Function<Indicator, String> key) {
        String k = Text.clean(key.apply(rows.get(start)));
        int end = start + 1;
        while (end < limit && Objects.equals(k, Text.clean(key.apply(rows.get(end))))) {
            end++;
        }
        return end;
    }
}
