package org.jixiao.batch;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The steps of the nightly job, in order (the render runs beside the tables and the 地区汇总表): the name Spring Batch records each under (and, for a partitioned
 * step, the name of its worker step), and the Chinese label the progress lines, the report and the
 * benchmark show for it. The one place a step is named.
 */
public enum NightStep {
    SCAN("scan", null, "扫描"),
    /** Instead of import … remove stale, when tonight is made from what the night before was made from ({@link RepeatDecider}). */
    REPEAT("repeat", null, "沿用上次结果"),
    IMPORT("import", "importFiles", "导入"),
    CHECK("check", "checkProjects", "复查"),
    FINISH_IMPORT("finishImport", null, "合并"),
    CONSOLIDATE("consolidate", null, "核对"),
    PREPARE_RENDER("prepareRender", null, "准备报表"),
    /** Beside the tables and the 地区汇总表, which follow it here. */
    RENDER("render", "renderDepartments", "生成报表"),
    PUBLISH_TABLES("publishTables", null, "汇总"),
    RENDER_SUMMARIES("renderSummaries", null, "地区汇总表"),
    BOOK("book", null, "汇编"),
    REMOVE_STALE("removeStale", null, "清理"),
    MANIFEST("manifest", null, "清单");

    private final String stepName;
    private final String workerName;
    private final String label;

    NightStep(String stepName, String workerName, String label) {
        this.stepName = stepName;
        this.workerName = workerName;
        this.label = label;
    }

    /** The steps a night runs in order: scan, 沿用, manifest when it repeats the night before; else every other one. */
    public static List<NightStep> path(boolean repeat) {
        return Arrays.stream(values()).filter(s -> repeat ? s == SCAN || s == REPEAT || s == MANIFEST : s != REPEAT).toList();
    }

    /** The step's name in Spring Batch's tables. */
    public String stepName() {
        return stepName;
    }

    /** The name of the worker step a partitioned step runs its partitions with; null for a step that is not partitioned. */
    public String workerName() {
        return workerName;
    }

    /** What the terminal calls it. */
    public String label() {
        return label;
    }

    /**
     * The step an execution recorded under {@code name} belongs to: its own name, its worker's, or a
     * partition of either ({@code importFiles:files-0-of-2}, {@code render:partition3}).
     */
    public static Optional<NightStep> of(String name) {
        String base = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
        for (NightStep step : values()) {
            if (step.stepName.equals(base) || base.equals(step.workerName)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
