package org.jixiao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Table;
import org.jixiao.filing.TableColumn;
import org.jixiao.output.CsvTables;
import org.jixiao.output.OutputFolder;
import org.jixiao.output.XlsxTables;
import org.jixiao.roster.StatusTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison of a night with a fresh run leaves out what reports history by design — the 报送情况's
 * first-received and last-changed dates and 逾期报送 — in its CSV and its workbook sheet, and nothing else.
 */
class PublicationTest {

    @TempDir
    Path dir;

    private static final List<TableColumn> COLUMNS = List.of(TableColumn.text("主管部门"), TableColumn.text("报送状态"),
            TableColumn.text("首次报送"), TableColumn.text("最近更新"), TableColumn.integer("受理项目数"), TableColumn.text("逾期"));

    /** A night's folder: the 报送情况 as CSV and as the second sheet of a workbook, and a manifest listing both. */
    private Path folder(String name, Object[]... rows) throws IOException {
        Path root = dir.resolve(name);
        OutputFolder out = new OutputFolder(root);
        Table status = Table.of(StatusTable.NAME, COLUMNS, List.of(rows));
        Table other = Table.of("绩效目标-部门", List.of(TableColumn.text("主管部门")), List.<Object[]>of(new Object[] {"上海市松江区教育局"}));
        out.write(root.resolve("2025/汇总数据/报送情况.csv"), o -> CsvTables.writeTo(o, status));
        XlsxTables.write(out, root.resolve("2025/汇总数据/汇总数据-2025.xlsx"), List.of(other, status), LocalDate.of(2025, 4, 2));
        List<String> outputs = new ArrayList<>();
        for (String p : List.of("2025/汇总数据/报送情况.csv", "2025/汇总数据/汇总数据-2025.xlsx")) {
            outputs.add("{\"path\":\"" + p + "\",\"bytes\":" + Files.size(root.resolve(p)) + ",\"sha256\":\"" + org.jixiao.filing.Sha256.of(root.resolve(p))
                    + "\"}");
        }
        Files.writeString(root.resolve("manifest.json"), "{\"run\":{\"id\":1},\"outputs\":[" + String.join(",", outputs) + "]}",
                StandardCharsets.UTF_8);
        return root;
    }

    @Test
    void theDatesAndLateFilingAFreshRunCannotKnowAreLeftOut() throws IOException {
        Path night = folder("night", new Object[] {"上海市松江区体育局", "已报", "2025-04-02", "2025-04-02", 1, "逾期报送"},
                new Object[] {"上海市松江区民政局", "未报", null, null, null, "逾期未报"});
        Path fresh = folder("fresh", new Object[] {"上海市松江区体育局", "已报", null, null, 1, null},
                new Object[] {"上海市松江区民政局", "未报", null, null, null, "逾期未报"});
        assertThat(Files.readAllBytes(night.resolve("2025/汇总数据/汇总数据-2025.xlsx")))
                .isNotEqualTo(Files.readAllBytes(fresh.resolve("2025/汇总数据/汇总数据-2025.xlsx")));
        assertThat(Publication.of(night)).isEqualTo(Publication.of(fresh));
    }

    @Test
    void everyOtherCellStillCounts() throws IOException {
        Path night = folder("night", new Object[] {"上海市松江区体育局", "已报", "2025-04-02", "2025-04-02", 1, "逾期报送"},
                new Object[] {"上海市松江区民政局", "未报", null, null, null, "逾期未报"});
        Path fresh = folder("fresh", new Object[] {"上海市松江区体育局", "已报", null, null, 2, null},
                new Object[] {"上海市松江区民政局", "未报", null, null, null, null});
        var a = Publication.of(night);
        var b = Publication.of(fresh);
        assertThat(a.keySet().stream().filter(k -> !a.get(k).equals(b.get(k))).toList()).containsExactlyInAnyOrder(
                "2025/汇总数据/报送情况.csv", "2025/汇总数据/汇总数据-2025.xlsx");
    }

    /**
     * The 报送情况表 published on its own prints the dates of history: its bytes are left out (its pages are not).
     * Any other PDF — a book binding the 报送情况表 without them, a 汇总表 — still counts byte for byte.
     */
    @Test
    void theStatusPdfPublishedOnItsOwnIsLeftOutAndNoOtherPdf() throws IOException {
        Path night = folder("night", new Object[] {"上海市松江区体育局", "已报", null, null, 1, null});
        Path fresh = folder("fresh", new Object[] {"上海市松江区体育局", "已报", null, null, 1, null});
        for (String pdf : List.of("2025/报送情况表-2025.pdf", "2025/松江区/报送情况表-2025-松江区.pdf", "2025/汇编-2025.pdf",
                "2025/汇总表-全部.pdf")) {
            Files.createDirectories(night.resolve(pdf).getParent());
            Files.createDirectories(fresh.resolve(pdf).getParent());
            Files.writeString(night.resolve(pdf), "%PDF night " + pdf);
            Files.writeString(fresh.resolve(pdf), "%PDF fresh " + pdf);
        }
        var a = Publication.of(night);
        var b = Publication.of(fresh);
        assertThat(a.keySet()).contains("2025/报送情况表-2025.pdf", "2025/松江区/报送情况表-2025-松江区.pdf");
        assertThat(a.keySet().stream().filter(k -> !a.get(k).equals(b.get(k))).toList()).containsExactlyInAnyOrder(
                "2025/汇编-2025.pdf", "2025/汇总表-全部.pdf");
    }
}
