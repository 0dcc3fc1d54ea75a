package org.jixiao.ingest;

import java.util.List;

/** Row numbers as a message lists them: {@code 第2行}, {@code 第3–26行}, {@code 第2、5、9–12行}. */
final class Rows {

    private static final int RUNS = 10;

    private Rows() {
    }

    static String describe(List<Integer> rows) {
        List<Integer> sorted = rows.stream().distinct().sorted().toList();
        StringBuilder s = new StringBuilder("第");
        int runs = 0;
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            if (runs == RUNS) {
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
