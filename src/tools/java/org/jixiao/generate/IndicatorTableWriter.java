package org.jixiao.generate;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jixiao.filing.Column;
import org.jixiao.ingest.RawRow;

/**
 * Writes a form's 绩效指标 table: the header (A: the vertical 绩效指标 label, B..: the headings), then
 * one row per indicator with 一级 (B) and 二级 (C) written once per run of equal values — merged over
 * the run, or left blank below it. A page break repeats the header after a page-number line; a run
 * that crosses it continues blank on the next page, as a printed form does.
 */
final class IndicatorTableWriter {

    private IndicatorTableWriter() {
    }

    /**
     * @param headings the headings from 一级指标 on, one column each from B
     * @param rest writes a row's cells from column D on
     * @param lastColumn the form's last column (headings after the first few may span to it)
     */
    static void write(FormSheetBuilder b, List<RawRow> rows, String[] headings, BiConsumer<RawRow, Integer> rest,
            int lastColumn) {
        int pageSize = b.variant().pageBreakAfter() > 0 ? b.variant().pageBreakAfter() : Integer.MAX_VALUE;
        int page = 0;
        for (int start = 0; start < rows.size(); start += pageSize) {
            int end = Math.min(rows.size(), start + pageSize);
            if (page++ > 0) {
                int r = b.row();
                b.text(r, 0, "- " + page + " -");
            }
            int header = b.row();
            for (int k = 0; k < headings.length; k++) {
                b.text(header, 1 + k, headings[k]);
            }
            if (headings.length + 1 <= lastColumn) {
                b.merge(header, header, headings.length, lastColumn);
            }
            int first = header + 1;
            for (int k = start; k < end; k++) {
                rest.accept(rows.get(k), b.row());
            }
            b.text(header, 0, "绩效指标");
            b.merge(header, first + (end - start) - 1, 0, 0);
            levels(b, rows, start, end, first, 1);
            levels(b, rows, start, end, first, 2);
        }
    }

    /** 一级 (level 1, column B) or 二级 (level 2, column C) for rows {@code [start, end)} placed from sheet row {@code first}. */
    private static void levels(FormSheetBuilder b, List<RawRow> rows, int start, int end, int first, int level) {
        int k = start;
        while (k < end) {
            int runEnd = k + 1;
            while (runEnd < end && sameRun(rows, runEnd - 1, runEnd, level)) {
                runEnd++;
            }
            boolean startsHere = k == 0 || !sameRun(rows, k - 1, k, level);
            if (startsHere) {
                int r = first + (k - start);
                b.text(r, level, rows.get(k).get(level == 1 ? Column.一级指标 : Column.二级指标));
                if (b.variant().mergedLevels()) {
                    b.merge(r, first + (runEnd - start) - 1, level, level);
                }
            }
            k = runEnd;
        }
    }

    private static boolean sameRun(List<RawRow> rows, int a, int b, int level) {
        boolean one = Objects.equals(rows.get(a).get(Column.一级指标), rows.get(b).get(Column.一级指标));
        return level == 1 ? one : one && Objects.equals(rows.get(a).get(Column.二级指标), rows.get(b).get(Column.二级指标));
    }
}
