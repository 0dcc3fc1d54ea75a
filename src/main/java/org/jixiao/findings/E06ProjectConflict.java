package org.jixiao.findings;

import java.util.List;
import org.jixiao.filing.SourceRef;
import org.jixiao.filing.Text;

/**
 * E06 同一项目各行信息不一致 (错误): the project columns of a project's rows must agree (a blank repeats
 * the first value); a column that says two things rejects the project with one finding per column,
 * naming every value and the rows that filed it (filings.md §3). Which values are the same — 2,030,000.00
 * and 2030000 are — is the reader's to say, as it reads them.
 */
public final class E06ProjectConflict {

    private static final int VALUES_NAMED = 5;
    private static final int RUNS_NAMED = 10;

    /** A value as filed, the rows that filed it (or an equal one), and where it was first filed. */
    public record Filed(String value, List<Integer> rows, SourceRef first) {
    }

    private E06ProjectConflict() {
    }

    /**
     * The 错误 for a column in conflict, located at the first row that disagrees.
     *
     * @param values the column's distinct values in filing order, the project's first value first (two at least)
     */
    public static Finding of(String column, List<Filed> values) {
        StringBuilder s = new StringBuilder("同一项目的「" + column + "」前后不一致：");
        for (int k = 0; k < values.size() && k < VALUES_NAMED; k++) {
            Filed f = values.get(k);
            s.append(k > 0 ? "，" : "").append(rows(f.rows())).append("为「").append(Text.shown(f.value())).append("」");
        }
        if (values.size() > VALUES_NAMED) {
            s.append("，另有").append(values.size() - VALUES_NAMED).append("种不同的值");
        }
        return Finding.at(Rule.PROJECT_CONFLICT, values.get(1).first(), column, s.append("；项目未导入").toString());
    }

    /** Row numbers as the message lists them: {@code 第2行}, {@code 第3–26行}, {@code 第2、5、9–12行}. */
    static String rows(List<Integer> rows) {
        List<Integer> sorted = rows.stream().distinct().sorted().toList();
        StringBuilder s = new StringBuilder("第");
        int runs = 0;
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            if (runs == RUNS_NAMED) {
                s.append("等共").append(sorted.size());
                break;
            }
            s.append(runs++ > 0 ? "、" : "").append(sorted.get(i));
            if (j > i) {
                s.append("–").append(sorted.get(j));
            }
            i = j + 1;
        }
        return s.append("行").toString();
    }
}
