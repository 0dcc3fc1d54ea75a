package org.jixiao.ingest;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.filing.Column;

/**
 * The two blocks a 自评表 has above its indicator table. The funds block is a small table: rows
 * 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金 against columns 年初预算数, 全年预算数,
 * 全年执行数, 分值, 执行率, 得分 (only the total row has the last three). The goals block prints
 * 预期目标 and 实际完成情况 as headings with the texts underneath.
 */
final class SelfEvaluationBlocks {

    private static final String[] FUND_COLUMNS = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
    private static final Map<String, Column[]> FUND_ROWS = new LinkedHashMap<>();

    static {
        Column[] total = {Column.年初预算数, Column.全年预算数, Column.全年执行数, Column.资金分值, Column.执行率, Column.资金得分};
        Column[] current = {Column.当年财政拨款年初预算数, Column.当年财政拨款全年预算数, Column.当年财政拨款全年执行数};
        Column[] carryover = {Column.上年结转资金年初预算数, Column.上年结转资金全年预算数, Column.上年结转资金全年执行数};
        Column[] other = {Column.其他资金年初预算数, Column.其他资金全年预算数, Column.其他资金全年执行数};
        FUND_ROWS.put("年度资金总额", total);
        FUND_ROWS.put("资金总额", total);
        FUND_ROWS.put("当年财政拨款", current);
        FUND_ROWS.put("上年结转资金", carryover);
        FUND_ROWS.put("其他资金", other);
    }

    private final FormGrid grid;
    private final int from;
    private final int to;

    /** Reads rows {@code [from, to)}: the part of the form above its indicator table. */
    SelfEvaluationBlocks(FormGrid grid, int from, int to) {
        this.grid = grid;
        this.from = from;
        this.to = to;
    }

    Map<Column, String> read(FormLabelValues labels) {
        Map<Column, String> values = new EnumMap<>(Column.class);
        readFunds(values);
        for (int i = from; i < to; i++) {
            int expected = grid.find(i, "预期目标");
            int actual = grid.find(i, "实际完成情况");
            if (expected >= 0) {
                put(values, Column.预期目标, labels.below(i, expected));
            }
            if (actual >= 0) {
                put(values, Column.实际完成情况, labels.below(i, actual));
            }
        }
        return values;
    }

    private void readFunds(Map<Column, String> values) {
        for (int i = from; i < to; i++) {
            Map<Integer, int[]> header = fundsHeader(i);
            if (header == null) {
                continue;
            }
            for (int j = i + 1; j < to; j++) {
                Column[] targets = null;
                int label = -1;
                for (int c = 0; c < grid.width(j) && targets == null; c++) {
                    targets = FUND_ROWS.get(grid.label(j, c));
                    label = c;
                }
                if (targets == null) {
                    if (grid.find(j, "预期目标") >= 0 || IndicatorTable.headerAt(grid, j) != null) {
                        return;
                    }
                    continue;
                }
                for (Map.Entry<Integer, int[]> h : header.entrySet()) {
                    if (h.getKey() < targets.length && !values.containsKey(targets[h.getKey()])) {
                        put(values, targets[h.getKey()], grid.under(j, h.getValue(), label));
                    }
                }
            }
            return;
        }
    }

    /** Row {@code i} as the funds header: position in {@link #FUND_COLUMNS} → span; null unless it has 全年预算数 and 全年执行数. */
    private Map<Integer, int[]> fundsHeader(int i) {
        Map<Integer, int[]> found = new LinkedHashMap<>();
        for (int c = 0; c < grid.width(i); c++) {
            String label = grid.label(i, c);
            for (int k = 0; k < FUND_COLUMNS.length; k++) {
                if (label.equals(FUND_COLUMNS[k]) && !found.containsKey(k)) {
                    found.put(k, grid.span(i, c));
                }
            }
        }
        return found.containsKey(1) && found.containsKey(2) ? found : null;
    }

    private static void put(Map<Column, String> values, Column column, String value) {
        if (value != null && !values.containsKey(column)) {
            values.put(column, value);
        }
    }
}
