package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jixiao.generate.GenerateCommand;
import org.jixiao.generate.Generated;
import org.jixiao.generate.Generator;
import org.jixiao.generate.PlantedDefect;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code bench --scale=S} as a smoke test (issue 7): it generates a city of 100 projects in all three
 * shapes, runs the real nightly job on it, writes the OpenPDF lower bound and its table. The figures
 * must be sane — never fast: speed is the benchmark's to say, not a test's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchCommandTest {

    private Path folder;
    private int code;
    private String printed;
    private Map<String, String[]> table;

    @BeforeAll
    void benchS(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream terminal = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            code = Cli.run(new String[] {"bench", "--scale=S", "--output=" + dir});
        } finally {
            System.setOut(terminal);
        }
        printed = bytes.toString(StandardCharsets.UTF_8);
        folder = dir.resolve("bench-S");
        table = new LinkedHashMap<>();
        for (String line : Files.readAllLines(folder.resolve("bench-S.csv"), StandardCharsets.UTF_8)) {
            String[] cells = line.replace("\uFEFF", "").split(",");
            table.put(cells[0], cells);
        }
    }

    @Test
    void itCompletesAndPrintsTheTableAndTheBar() {
        assertThat(code).as(printed).isZero();
        assertThat(printed).contains("阶段 stage", "导入 import", "复查 check", "生成报表 render", "OpenPDF 下限", "导入+检查：", "渲染：jixiao",
                "机器：");
        assertThat(folder.resolve("bench-S.md")).content(StandardCharsets.UTF_8).contains("| 阶段 stage |", "- 机器：", "- 命令：`java",
                "bench --scale=S`", "生成报表 render");
    }

    /**
     * Issue 18's bars on the S city: its largest book at most 6 KB a page (the parts share one subset
     * of each font face), and no one-page 汇总表 over 40 KB.
     */
    @Test
    void theLargestBookIsAtMostSixKilobytesAPageAndNoOnePageSummaryOverForty() throws IOException {
        Path out = folder.resolve("out");
        JsonNode manifest = tools.jackson.databind.json.JsonMapper.builder().build().readTree(out.resolve("manifest.json").toFile());
        JsonNode largest = null;
        for (JsonNode o : manifest.get("outputs")) {
            String kind = o.get("kind").asString();
            long bytes = Files.size(out.resolve(o.get("path").asString()));
            if (kind.equals("book-pdf") && (largest == null || o.get("pages").asInt() > largest.get("pages").asInt())) {
                largest = o;
            }
            if (kind.startsWith("summary-") && kind.endsWith("-pdf") && o.get("pages").asInt() == 1) {
                assertThat(bytes).as(o.get("path").asString()).isLessThanOrEqualTo(40 * 1024);
            }
        }
        assertThat(largest).isNotNull();
        long bytes = Files.size(out.resolve(largest.get("path").asString()));
        assertThat(bytes / largest.get("pages").asInt()).as(largest.get("path").asString()).isLessThanOrEqualTo(6 * 1024);
    }

    @Test
    void everyStageOfTheJobIsMeasuredWithSaneFigures() {
        assertThat(table.keySet()).containsExactly("stage", "generate", "startup", "scan", "import", "check", "finishImport",
                "consolidate", "prepareRender", "render", "publishTables", "renderSummaries", "book", "removeStale", "manifest", "job", "openpdf");
        double steps = 0;
        for (String step : List.of("scan", "import", "check", "finishImport", "consolidate", "prepareRender", "render", "publishTables",
                "renderSummaries", "book", "removeStale", "manifest")) {
            String[] s = table.get(step);
            assertThat(Double.parseDouble(s[4])).as(step + " seconds").isGreaterThanOrEqualTo(0).isLessThan(600);
            assertThat(Double.parseDouble(s[6])).as(step + " peak heap MiB").isPositive();
            steps += Double.parseDouble(s[4]);
        }
        // the render runs beside the tables and then the 地区汇总表: the job takes the longer of the two
        double render = Double.parseDouble(table.get("render")[4]);
        double beside = Double.parseDouble(table.get("publishTables")[4]) + Double.parseDouble(table.get("renderSummaries")[4]);
        assertThat(Double.parseDouble(table.get("job")[4])).as("the job takes at least its steps, side by side where they run so")
                .isGreaterThanOrEqualTo((steps - Math.min(render, beside)) * 0.99);
        for (String stage : List.of("generate", "import", "finishImport", "render", "job", "openpdf")) {
            assertThat(Long.parseLong(table.get(stage)[2])).as(stage + " items").isPositive();
            assertThat(Double.parseDouble(table.get(stage)[5])).as(stage + " per second").isPositive();
        }
        assertThat(table.get("import")[3]).isEqualTo("行");
        assertThat(table.get("render")[3]).isEqualTo("页");
        assertThat(table.get("check")).contains("个项目");
        assertThat(table.get("finishImport")).contains("个项目");
    }

    @Test
    void theFiguresAgreeWithWhatTheRunPublished() throws IOException {
        JsonNode manifest = RunOutputs.manifest(folder.resolve("out"));
        long rowsRead = 0;
        assertThat(manifest.get("run").get("imported").asInt()).isEqualTo(manifest.get("inputs").size());
        for (JsonNode input : manifest.get("inputs")) {
            assertThat(input.get("rowsRead").asLong()).as(input.get("path").asString())
                    .isEqualTo(input.get("rowsImported").asLong() + input.get("rowsRejected").asLong());
            rowsRead += input.get("rowsRead").asLong();
        }
        long pages = 0;
        for (JsonNode output : manifest.get("outputs")) {
            pages += output.path("pages").asLong(0);
        }
        assertThat(Long.parseLong(table.get("import")[2])).isEqualTo(rowsRead).isEqualTo(Long.parseLong(table.get("generate")[2]));
        long stagePages = 0;
        for (String step : List.of("render", "renderSummaries", "book")) {
            stagePages += table.get(step)[3].equals("页") ? Long.parseLong(table.get(step)[2]) : 0;
        }
        assertThat(stagePages).isEqualTo(pages);
    }

    @Test
    void allThreeShapesWereReadAndEveryPlantedDefectWasFound(@TempDir Path again) throws IOException {
        List<String> inputs;
        try (Stream<Path> files = Files.walk(folder.resolve("input"))) {
            inputs = files.map(p -> p.getFileName().toString()).toList();
        }
        assertThat(inputs).anyMatch(n -> n.endsWith(".csv")).anyMatch(n -> n.endsWith("-表单.xlsx"))
                .anyMatch(n -> n.endsWith(".xlsx") && !n.endsWith("-表单.xlsx"));
        Generated city = new Generator().generate(100, GenerateCommand.DEFAULT_SEED, again);
        List<Map<String, String>> findings = RunOutputs.csv(folder.resolve("out").resolve("问题清单.csv"));
        assertThat(city.defects()).isNotEmpty();
        for (PlantedDefect d : city.defects()) {
            assertThat(findings).as(d.toString()).anyMatch(f -> f.get("规则编号").equals(d.defect().rule().id())
                    && f.get("主管部门").equals(d.department()) && f.get("项目名称").equals(d.project()));
        }
        long rejecting = city.defects().stream().filter(d -> d.defect().rejects()).count();
        assertThat(findings.stream().filter(f -> f.get("严重程度").equals("错误"))).as("only the planted rejections").hasSize((int) rejecting);
    }

    @Test
    void theLowerBoundWroteReadableChinesePdfs() throws IOException {
        List<Path> pdfs;
        try (Stream<Path> files = Files.walk(folder.resolve("openpdf"))) {
            pdfs = files.filter(p -> p.getFileName().toString().equals("绩效目标申报表.pdf")).toList();
        }
        assertThat(pdfs).isNotEmpty();
        try (PDDocument pdf = Loader.loadPDF(pdfs.get(0).toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("财政项目支出绩效目标申报表", "年度资金申请总额", "三级指标");
        }
    }
}
