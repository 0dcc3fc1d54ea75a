package org.jixiao.bench;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jixiao.generate.Mix;

/**
 * The benchmark table three ways — for the terminal, as CSV (UTF-8 with BOM, plain numbers, for
 * spreadsheets and for comparing runs) and as Markdown (for the README) — and the lines that hold the
 * figures against issue 7's bar.
 */
final class BenchReport {

    static final String[] HEADER = {"阶段 stage", "数量 items", "单位 unit", "秒 seconds", "每秒 items/s", "峰值堆 peak heap (MiB)"};
    private static final String[] CSV_HEADER = {"stage", "阶段", "items", "unit", "seconds", "items_per_second", "peak_heap_mib"};
    private static final double ROWS_PER_SECOND_BAR = 100_000;
    private static final double RENDER_RATIO_BAR = 0.5;
    private static final double L_SECONDS_BAR = 180;
    private static final double GROWTH_BAR = 11;

    private final BenchResult r;

    BenchReport(BenchResult result) {
        this.r = result;
    }

    String title() {
        return String.format(Locale.ROOT, "jixiao 基准测试 bench --scale=%s：%,d 个项目（%,d 个部门，%,d 个指标行，%s），渲染线程 %d，种子 %d",
                r.scale(), r.generated().targetsProjects(), r.generated().departments(), r.generated().rows(),
                r.mix() == Mix.CSV ? "仅平铺 CSV" : "三种格式", r.threads(), r.seed());
    }

    /** The table's cells, formatted for people. */
    List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        for (Stage s : r.stages()) {
            rows.add(new String[] {s.label() + " " + s.name(), s.items() > 0 ? String.format(Locale.ROOT, "%,d", s.items()) : "—", s.unit(),
                String.format(Locale.ROOT, "%.1f", s.seconds()), s.perSecond() > 0 ? rate(s.perSecond()) : "—",
                String.format(Locale.ROOT, "%,.0f", s.peakHeapMiB())});
        }
        return rows;
    }

    /** The figures against the bar, one line each. */
    List<String> verdicts() {
        List<String> lines = new ArrayList<>();
        double rows = r.importCheckRowsPerSecond();
        // the bar is stated for flat CSV; a city in all three shapes is reported, not judged
        lines.add(String.format(Locale.ROOT, "导入+检查：%s 行/秒（目标：平铺 CSV ≥ 100,000）：%s", rate(rows),
                r.mix() == Mix.CSV ? pass(rows >= ROWS_PER_SECOND_BAR) : "本次含 XLSX，不判定（用 --shapes=csv 测）"));
        lines.add(String.format(Locale.ROOT, "渲染：jixiao %s 页/秒，OpenPDF 下限 %s 页/秒，为下限的 %.1f%%（目标 ≥ 50%%）：%s",
                rate(r.renderPagesPerSecond()), rate(r.lowerBound().perSecond()), r.renderRatio() * 100, pass(r.renderRatio() >= RENDER_RATIO_BAR)));
        String end = String.format(Locale.ROOT, "端到端：%.1f 秒（目标：L ≤ 180 秒）", r.job().seconds());
        lines.add(end + (r.scale() == Scale.L ? "：" + pass(r.job().seconds() <= L_SECONDS_BAR) : "：本次为 " + r.scale() + "，不判定"));
        String heap = String.format(Locale.ROOT, "峰值堆：%,.0f MiB（最大堆 %,d MiB）", r.peakHeapBytes() / (1024.0 * 1024),
                r.machine().maxHeapBytes() / (1024 * 1024));
        if (r.jobHeapAfterCollection() > 0) {
            // the peak includes garbage the collector had no reason to collect yet; what a collection
            // leaves is what the run needs
            heap += String.format(Locale.ROOT, "；作业中垃圾回收后最多 %,.0f MiB（所需内存的上限）", r.jobHeapAfterCollection() / (1024.0 * 1024));
        }
        lines.add(heap);
        if (r.growth() != null) {
            lines.add(String.format(Locale.ROOT, "增长：L 的用时为 M 的 %.1f 倍（目标 ≤ 11）：%s", r.growth(), pass(r.growth() <= GROWTH_BAR)));
        }
        StringBuilder pages = new StringBuilder("jixiao 的 PDF 页数：");
        int n = 0;
        for (Map.Entry<String, Long> e : r.pagesByKind().entrySet()) {
            pages.append(n++ > 0 ? "，" : "").append(kind(e.getKey())).append(' ').append(String.format(Locale.ROOT, "%,d", e.getValue()));
        }
        lines.add(pages.toString());
        return lines;
    }

    String text() {
        StringBuilder s = new StringBuilder(title()).append('\n');
        s.append("机器：").append(r.machine().describe()).append('\n');
        List<String[]> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(rows());
        int[] widths = new int[HEADER.length];
        for (String[] row : all) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        for (String[] row : all) {
            s.append(' ');
            for (int i = 0; i < row.length; i++) {
                boolean right = i == 1 || i >= 3;
                String pad = " ".repeat(widths[i] - width(row[i]));
                s.append(' ').append(right ? pad + row[i] : row[i] + pad).append(' ');
            }
            s.append('\n');
        }
        for (String v : verdicts()) {
            s.append("  ").append(v).append('\n');
        }
        return s.toString();
    }

    String csv() {
        StringBuilder s = new StringBuilder("\uFEFF").append(String.join(",", CSV_HEADER)).append("\r\n");
        for (Stage st : r.stages()) {
            s.append(st.name()).append(',').append(st.label()).append(',').append(st.items()).append(',').append(st.unit()).append(',')
                    .append(String.format(Locale.ROOT, "%.3f,%.1f,%.0f", st.seconds(), st.perSecond(), st.peakHeapMiB())).append("\r\n");
        }
        return s.toString();
    }

    String markdown() {
        StringBuilder s = new StringBuilder("# ").append(title()).append("\n\n");
        s.append("- 命令：`").append(r.command()).append("`\n");
        s.append("- 测于：").append(r.measuredAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx"))).append('\n');
        s.append("- 机器：").append(r.machine().describe()).append("\n\n");
        s.append("| ").append(String.join(" | ", HEADER)).append(" |\n|---|---:|---|---:|---:|---:|\n");
        for (String[] row : rows()) {
            s.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        s.append('\n');
        for (String v : verdicts()) {
            s.append("- ").append(v).append('\n');
        }
        return s.toString();
    }

    /** The job's seconds in a benchmark CSV written earlier, or null. */
    static Double jobSeconds(List<String> csvLines) {
        for (String line : csvLines) {
            String[] cells = line.replace("\uFEFF", "").split(",");
            if (cells.length >= 5 && cells[0].equals(BenchResult.JOB)) {
                try {
                    return Double.parseDouble(cells[4]);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String rate(double perSecond) {
        return perSecond >= 100 ? String.format(Locale.ROOT, "%,.0f", perSecond) : String.format(Locale.ROOT, "%.1f", perSecond);
    }

    private static String pass(boolean ok) {
        return ok ? "达标" : "未达标";
    }

    private static String kind(String code) {
        return switch (code) {
            case "targets-pdf" -> "申报表";
            case "self-evaluation-pdf" -> "自评表";
            case "summary-department-pdf" -> "部门汇总表";
            case "summary-region-pdf" -> "地区汇总表";
            case "summary-overall-pdf" -> "总体汇总表";
            case "status-pdf" -> "报送情况表";
            default -> code;
        };
    }

    /** Columns a terminal gives a string: two for a CJK character, one otherwise. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += (c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                    || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                    || (c >= 0xFFE0 && c <= 0xFFE6))) ? 2 : 1;
        }
        return w;
    }
}
