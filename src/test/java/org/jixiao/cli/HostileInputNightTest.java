package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.ingest.RawXlsx;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A hostile input folder and damaged files (issue 15): nothing outside the folder is read, and every
 * row of every file is counted, read or rejected with its reason.
 */
class HostileInputNightTest {

    @TempDir
    static Path root;
    static Path input;
    static Path output;
    static RunOutputs.Said said;
    static List<Map<String, String>> findings;
    static JsonNode manifest;

    private static final String HEADER = "年度,主管部门,项目名称,年度资金申请总额,一级指标,二级指标,三级指标,指标值\n";

    private static String row(String department, int n) {
        return "2025," + department + ",项目" + (n / 10) + ",1000,产出指标,数量指标,指标" + n + ",≥1(次)\n";
    }

    private static String rows(String department, int count) {
        StringBuilder s = new StringBuilder(HEADER);
        for (int n = 1; n <= count; n++) {
            s.append(row(department, n));
        }
        return s.toString();
    }

    @BeforeAll
    static void runOnAHostileFolder() throws IOException {
        input = Files.createDirectories(root.resolve("in"));
        output = root.resolve("out");
        Files.writeString(root.resolve("x.csv"), rows("外部部门", 2), StandardCharsets.UTF_8);
        Files.writeString(root.resolve("secret.csv"), rows("链接部门", 2), StandardCharsets.UTF_8);
        Files.createDirectories(input.resolve("a"));
        Files.writeString(input.resolve("a").resolve("a\\..\\..\\x.csv"), rows("反斜杠部门", 2), StandardCharsets.UTF_8);
        Files.createSymbolicLink(input.resolve("link.csv"), root.resolve("secret.csv"));
        Files.createDirectories(input.resolve(".hidden"));
        Files.writeString(input.resolve(".hidden").resolve("h.csv"), rows("隐藏部门", 2), StandardCharsets.UTF_8);

        StringBuilder quote = new StringBuilder(HEADER);
        for (int n = 1; n <= 110; n++) {
            quote.append(n == 40 ? "2025,引号部门,\"项目3,1000,产出指标,数量指标,指标40,≥1(次)\n" : row("引号部门", n));
        }
        Files.writeString(input.resolve("b-quote.csv"), quote, StandardCharsets.UTF_8);
        StringBuilder nul = new StringBuilder(rows("空字符部门", 30));
        nul.append("2025,空字符\u0000部门,项目9,1000,产出指标,数量指标,指标99,≥1(次)\n");
        Files.writeString(input.resolve("c-nul.csv"), nul, StandardCharsets.UTF_8);

        List<String[]> sheet = new ArrayList<>();
        sheet.add(HEADER.strip().split(","));
        for (int n = 1; n <= 30; n++) {
            String[] r = row("无穷部门", n).strip().split(",");
            if (n == 5) {
                r[3] = "#<c r=\"@\"><v>1e309</v></c>";
            }
            if (n == 6) {
                r[3] = "#<c r=\"@\"><v>NaN</v></c>";
            }
            sheet.add(r);
        }
        RawXlsx.workbook().sheet("明细", sheet.toArray(String[][]::new)).write(input.resolve("d-inf.xlsx"));

        byte[] body = rows("编码部门", 3).getBytes(Charset.forName("GB18030"));
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        Files.write(input.resolve("e-bom-gbk.csv"), bom);
        Files.writeString(input.resolve("f-semicolon.csv"), rows("分号部门", 4).replace(',', ';'), StandardCharsets.UTF_8);
        said = RunOutputs.runSaying(input, output);
        findings = RunOutputs.csv(output.resolve("问题清单.csv"));
        manifest = RunOutputs.manifest(output);
    }

    private static JsonNode inputOf(String path) {
        for (JsonNode in : manifest.get("inputs")) {
            if (in.get("path").asString().equals(path)) {
                return in;
            }
        }
        throw new AssertionError(path + " not in the manifest");
    }

    private static List<String> departments() throws IOException {
        return RunOutputs.csv(output.resolve("2025/汇总数据/绩效目标-部门.csv")).stream().map(r -> r.get("主管部门")).toList();
    }

    @Test
    void aBackslashInANameIsPartOfTheNameAndNothingOutsideIsRead() throws IOException {
        assertThat(departments()).contains("反斜杠部门").doesNotContain("外部部门", "链接部门", "隐藏部门");
        assertThat(inputOf("a/a\\..\\..\\x.csv").get("rowsImported").asInt()).isEqualTo(2);
        assertThat(manifest.get("inputs").toString()).doesNotContain("link.csv", "secret", ".hidden");
    }

    @Test
    void anUnclosedQuoteOnRow40Of110CostsOneRow() {
        JsonNode in = inputOf("b-quote.csv");
        assertThat(in.get("rowsRead").asInt()).isEqualTo(110);
        assertThat(in.get("rowsRejected").asInt()).isEqualTo(1);
        assertThat(findings).filteredOn(f -> f.get("文件").equals("b-quote.csv") && f.get("严重程度").equals("错误")).singleElement()
                .satisfies(f -> assertThat(f.get("说明")).contains("第41行", "引号"));
    }

    @Test
    void aNulByteNeverMakesADepartmentOfItsOwn() throws IOException {
        assertThat(inputOf("c-nul.csv").get("rowsRead").asInt()).isEqualTo(31);
        assertThat(departments()).contains("空字符部门").noneMatch(d -> d.indexOf('\u0000') >= 0);
        assertThat(Files.readString(output.resolve("问题清单.csv"), StandardCharsets.UTF_8)).doesNotContain("\u0000");
    }

    @Test
    void aCellOfAnInfiniteNumberIsABadCellNotTheEndOfTheSheet() {
        JsonNode in = inputOf("d-inf.xlsx");
        assertThat(in.get("rowsRead").asInt()).isEqualTo(30);
        assertThat(in.get("rowsRejected").asInt()).isEqualTo(2);
        assertThat(findings).filteredOn(f -> f.get("文件").equals("d-inf.xlsx")).noneMatch(f -> f.get("说明").contains("XML"));
    }

    @Test
    void aGbkBodyBehindAUtf8BomIsReadAndSaid() {
        assertThat(inputOf("e-bom-gbk.csv").get("rowsImported").asInt()).isEqualTo(3);
        assertThat(findings).filteredOn(f -> f.get("文件").equals("e-bom-gbk.csv")).singleElement()
                .satisfies(f -> assertThat(f.get("说明")).contains("BOM", "GB18030").doesNotContain("为空"));
    }

    @Test
    void aSemicolonFileIsRefusedNamingItsSeparatorWithItsRowsCounted() {
        JsonNode in = inputOf("f-semicolon.csv");
        assertThat(in.get("rowsRead").asInt()).isEqualTo(4);
        assertThat(in.get("rowsRejected").asInt()).isEqualTo(4);
        assertThat(findings).filteredOn(f -> f.get("文件").equals("f-semicolon.csv")).singleElement()
                .satisfies(f -> assertThat(f.get("说明")).contains("分号"));
    }

    @Test
    void noJavaTextReachesTheFindingsOrTheTerminal() {
        assertThat(said.code()).isEqualTo(ExitCode.REJECTIONS.code());
        assertThat(said.err()).doesNotContain("Exception", "at org.");
        assertThat(findings).allSatisfy(f -> assertThat(f.get("说明")).doesNotContainPattern("[A-Za-z]{4,}Exception|at [a-z]+\\.[a-z]+\\."));
    }

    @Test
    void everyRowIsImportedOrRejected() {
        for (JsonNode in : manifest.get("inputs")) {
            assertThat(in.get("rowsRead").asInt()).as(in.get("path").asString())
                    .isEqualTo(in.get("rowsImported").asInt() + in.get("rowsRejected").asInt());
        }
    }
}
