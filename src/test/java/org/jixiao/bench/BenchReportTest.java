package org.jixiao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jixiao.generate.Generated;
import org.jixiao.generate.Mix;
import org.jixiao.generate.Shape;
import org.junit.jupiter.api.Test;

/** The benchmark table and the bar, from made-up figures. */
class BenchReportTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void aFastCsvCityPassesTheBarsThatApplyToIt() {
        BenchReport report = new BenchReport(result(Scale.L, Mix.CSV, 1.0, 1.0, 150.0, 1.1));
        assertThat(report.verdicts()).containsExactly(
                "导入+检查：100,000 行/秒（仅供参考，不设目标：导入只占一夜用时的百分之几）",
                "渲染：jixiao 300 页/秒，OpenPDF 下限 500 页/秒，为下限的 60.0%（目标 ≥ 50%）：达标",
                "端到端：150.0 秒（目标：L ≤ 180 秒）：达标",
                "峰值堆：900 MiB（最大堆 1,024 MiB）；作业中垃圾回收后最多 450 MiB（所需内存的上限）",
                "增长：L 的用时为 M 的 1.1 倍（目标 ≤ 11）：达标",
                "jixiao 的 PDF 页数：申报表 3,000");
    }

    @Test
    void importIsReportedNotJudgedWhateverTheShapes() {
        BenchReport report = new BenchReport(result(Scale.M, Mix.ALL, 3.0, 1.0, 200.0, null));
        assertThat(report.verdicts().get(0)).isEqualTo("导入+检查：50,000 行/秒（仅供参考，不设目标：导入只占一夜用时的百分之几）");
        assertThat(report.verdicts().get(2)).endsWith("本次为 M，不判定");
        assertThat(report.verdicts()).noneMatch(v -> v.startsWith("增长"));
    }

    @Test
    void theCsvKeepsPlainNumbersAndTheJobLineCanBeReadBack() {
        String csv = new BenchReport(result(Scale.M, Mix.ALL, 3.0, 1.0, 200.0, null)).csv();
        assertThat(csv).startsWith("\uFEFFstage,阶段,items,unit,seconds,items_per_second,peak_heap_mib\r\n")
                .contains("\r\nimport,导入,200000,行,3.000,66666.7,300\r\n", "\r\nrender,生成报表,3000,页,10.000,300.0,900\r\n");
        assertThat(BenchReport.jobSeconds(List.of(csv.split("\r\n")))).isEqualTo(200.0);
    }

    @Test
    void theMarkdownNamesTheCommandAndTheMachine() {
        String md = new BenchReport(result(Scale.M, Mix.ALL, 3.0, 1.0, 200.0, null)).markdown();
        assertThat(md).contains("- 命令：`java -Xmx1g -jar target/jixiao.jar bench --scale=M`", "- 机器：2 核（Test CPU），内存 8.0 GiB，最大堆 1024 MiB",
                "| 导入 import | 200,000 | 行 | 3.0 | 66,667 | 300 |", "|---|---:|---|---:|---:|---:|");
    }

    @Test
    void boundCopiesDoNotCountAsRenderedPages() {
        BenchResult plain = result(Scale.M, Mix.ALL, 3.0, 1.0, 200.0, null);
        List<Stage> stages = new java.util.ArrayList<>(plain.stages());
        stages.add(4, new Stage("book", "汇编", 9000, "页", 5, 900 * MIB));
        stages.add(4, new Stage("renderSummaries", "地区与总体汇总表", 10, "页", 2, 900 * MIB));
        Map<String, Long> pages = Map.of("targets-pdf", 3000L, "summary-region-pdf", 600L, "disclosure-pdf", 3100L, "book-pdf", 9000L);
        BenchResult bound = new BenchResult(plain.scale(), plain.mix(), plain.threads(), plain.seed(), plain.command(), plain.measuredAt(),
                plain.machine(), plain.generated(), stages, plain.job(), plain.lowerBound(), pages, null, 0);
        // 3,600 filled pages over render's 10 s and renderSummaries' 2 s; the book's 5 s and every bound page left out
        assertThat(bound.renderPagesPerSecond()).isEqualTo(300.0);
        assertThat(bound.renderRatio()).isEqualTo(0.6);
    }

    @Test
    void chineseTakesTwoColumnsOnATerminal() {
        assertThat(BenchReport.width("导入 import")).isEqualTo(11);
        assertThat(BenchReport.width("—")).isEqualTo(1);
    }

    /** A city of 200,000 rows: render 3,000 pages in 10 s, the lower bound 500 pages/s, a peak of 900 MiB. */
    private static BenchResult result(Scale scale, Mix mix, double importSeconds, double checkSeconds, double job, Double growth) {
        Map<Shape, Integer> shapes = new EnumMap<>(Shape.class);
        shapes.put(Shape.CSV_UTF8_BOM, 1000);
        Generated city = new Generated(Path.of("input"), 1000, 17, shapes, 2000, 10_000, 3334, 170_000, 30_000, List.of());
        List<Stage> stages = List.of(
                new Stage("generate", "生成", 200_000, "行", 20, 200 * MIB),
                new Stage("import", "导入", 200_000, "行", importSeconds, 300 * MIB),
                new Stage("check", "检查", 13_334, "个项目", checkSeconds, 300 * MIB),
                new Stage("render", "生成报表", 3000, "页", 10, 900 * MIB),
                new Stage("job", "合计（端到端）", 200_000, "行", job, 900 * MIB),
                new Stage("openpdf", "OpenPDF 下限", 5000, "页", 10, 400 * MIB));
        Machine machine = new Machine(2, 1024 * MIB, 8L * 1024 * MIB, "Test CPU", "OpenJDK 17", "Linux amd64", List.of("-Xmx1g"));
        return new BenchResult(scale, mix, 1, 7, "java -Xmx1g -jar target/jixiao.jar bench --scale=" + scale, ZonedDateTime.now(), machine,
                city, stages, stages.get(4), stages.get(5), Map.of("targets-pdf", 3000L), growth, 450 * MIB);
    }
}
