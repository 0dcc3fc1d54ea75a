package org.jixiao.roster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.filing.Column;
import org.jixiao.ingest.RawRow;
import org.jixiao.ingest.RowSource;
import org.jixiao.ingest.RowSources;
import org.jixiao.ingest.SourceItem;

/**
 * Writes {@code samples/consolidation/}: a roster and 松江区委组织部's filings of three years, derived from
 * the seed transcriptions in {@code input/}, so a new user sees 报送情况, 自评 against 目标 and this year
 * against last on one folder (issue 17). What is derived, and what is planted, is stated here and in
 * {@code samples/README.md}:
 * <ul>
 * <li>the 2023 申报表 is seed 003's 自评 read back as the targets it evaluates (the same indicators and
 * 指标值, 年度资金申请总额 = 年初预算数, 年度总体目标 = 预期目标), except: 业务培训 declares one more indicator
 * (专题培训班 =10个) that the 自评 leaves out; 党建工作 declared 开放性主题活动 =15次, the 自评 says =12次;
 * 干部工作 asked for 100,000 元 more than its 年初预算数; 人才工作 has no 申报表;</li>
 * <li>the 2024 申报表 is seed 000's 2025 one a year earlier, without 党代表工作经费 (new in 2025), 党建工作 at
 * 1,900,000 元 instead of 2,030,000, and with 人才工作 (its 2023 targets, 280,000 元), which ended in 2024;</li>
 * <li>seeds 000, 002 and 003 as they are in {@code input/};</li>
 * <li>the roster lists 嘉定 as 中共上海市嘉定区组织部 (a 委 missing: the filing is off the roster) and two
 * departments that have not filed.</li>
 * </ul>
 */
final class ConsolidationSample {

    static final Path FOLDER = Path.of("samples", "consolidation");
    static final Path SEED_000 = Path.of("input", "000-松江区委组织部-2025-绩效目标.csv");
    static final Path SEED_002 = Path.of("input", "002-嘉定区委组织部-2025-绩效目标.xlsx");
    static final Path SEED_003 = Path.of("input", "003-松江区委组织部-2023-绩效自评.csv");
    static final String TARGETS_2023 = "松江区委组织部-2023-绩效目标.csv";
    static final String TARGETS_2024 = "松江区委组织部-2024-绩效目标.csv";

    static final String ROSTER = """
            年度,地区,主管部门,应报类型,截止日期
            2025,松江区,中共上海市松江区委组织部,绩效目标,2024-11-15
            2025,嘉定区,中共上海市嘉定区组织部,绩效目标,2024-11-15
            2025,,中共上海市委组织部,绩效目标,2024-11-15
            2025,松江区,中共上海市松江区区级机关工作委员会,绩效目标,2025-12-31
            2024,松江区,中共上海市松江区委组织部,绩效目标,2023-11-15
            2024,松江区,中共上海市松江区委组织部,绩效自评,2025-04-30
            2023,松江区,中共上海市松江区委组织部,绩效目标,2022-11-15
            2023,松江区,中共上海市松江区委组织部,绩效自评,2024-04-30
            """;

    /** The flat 申报表 columns, in seed 000's order. */
    private static final List<Column> TARGETS = List.of(Column.年度, Column.主管部门, Column.实施单位, Column.项目编码, Column.项目名称,
            Column.项目性质, Column.项目类别, Column.计划开始日期, Column.计划完成日期, Column.项目资金总额, Column.财政资金, Column.其他资金,
            Column.年度资金申请总额, Column.当年财政拨款, Column.上年结转资金, Column.年度其他资金, Column.项目总目标, Column.年度总体目标,
            Column.一级指标, Column.二级指标, Column.三级指标, Column.指标值);

    private ConsolidationSample() {
    }

    static void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("名单.csv"), "\uFEFF" + ROSTER, StandardCharsets.UTF_8);
        Files.copy(SEED_000, folder.resolve(SEED_000.getFileName()));
        Files.copy(SEED_002, folder.resolve(SEED_002.getFileName()));
        Files.copy(SEED_003, folder.resolve(SEED_003.getFileName()));
        List<RawRow> self = rows(SEED_003);
        csv(folder.resolve(TARGETS_2023), targets2023(self));
        csv(folder.resolve(TARGETS_2024), targets2024(rows(SEED_000), self));
    }

    private static List<String[]> targets2023(List<RawRow> self) {
        List<String[]> out = new ArrayList<>();
        for (RawRow r : self) {
            String project = r.get(Column.项目名称);
            if (project.equals("人才工作")) {
                continue;
            }
            String[] cells = declared(r, 2023, project.equals("干部工作") ? "4,644,100.00" : money(r.get(Column.年初预算数)));
            if (project.equals("党建工作") && r.get(Column.三级指标).equals("开放性主题活动")) {
                cells[Column.指标值.ordinal()] = "=15次";
            }
            out.add(cells);
            if (project.equals("业务培训") && r.get(Column.三级指标).equals("优秀党课")) {
                // after 业务培训's last 数量指标: declared, and not evaluated in the 自评
                String[] extra = cells.clone();
                extra[Column.三级指标.ordinal()] = "专题培训班";
                extra[Column.指标值.ordinal()] = "=10个";
                out.add(extra);
            }
        }
        return out;
    }

    private static List<String[]> targets2024(List<RawRow> seed000, List<RawRow> self) {
        List<String[]> out = new ArrayList<>();
        for (RawRow r : seed000) {
            String project = r.get(Column.项目名称);
            if (project.equals("党代表工作经费")) {
                continue;
            }
            String[] cells = r.cells().clone();
            cells[Column.年度.ordinal()] = "2024";
            cells[Column.计划开始日期.ordinal()] = "2024-01-01";
            cells[Column.计划完成日期.ordinal()] = "2024-12-31";
            if (project.equals("党建工作")) {
                for (Column c : Set.of(Column.项目资金总额, Column.财政资金, Column.年度资金申请总额, Column.当年财政拨款)) {
                    cells[c.ordinal()] = "1,900,000.00";
                }
            }
            out.add(cells);
        }
        for (RawRow r : self) {
            if (r.get(Column.项目名称).equals("人才工作")) {
                out.add(declared(r, 2024, "280,000.00"));
            }
        }
        return out;
    }

    /** A 申报表 row declaring what a 自评 row evaluates. */
    private static String[] declared(RawRow self, int year, String annual) {
        String[] cells = new String[Column.values().length];
        for (Column c : List.of(Column.主管部门, Column.实施单位, Column.项目名称, Column.一级指标, Column.二级指标, Column.三级指标)) {
            cells[c.ordinal()] = self.get(c);
        }
        cells[Column.年度.ordinal()] = Integer.toString(year);
        cells[Column.计划开始日期.ordinal()] = year + "-01-01";
        cells[Column.计划完成日期.ordinal()] = year + "-12-31";
        for (Column c : List.of(Column.项目资金总额, Column.财政资金, Column.年度资金申请总额, Column.当年财政拨款)) {
            cells[c.ordinal()] = annual;
        }
        cells[Column.上年结转资金.ordinal()] = "0.00";
        cells[Column.年度其他资金.ordinal()] = "0.00";
        cells[Column.年度总体目标.ordinal()] = self.get(Column.预期目标);
        cells[Column.指标值.ordinal()] = self.get(Column.年度指标值);
        return cells;
    }

    /** 1127800.00 → 1,127,800.00, as seed 000 writes amounts. */
    private static String money(String plain) {
        return String.format(java.util.Locale.ROOT, "%,.2f", new java.math.BigDecimal(plain.replace(",", "")));
    }

    private static List<RawRow> rows(Path file) throws IOException {
        List<RawRow> rows = new ArrayList<>();
        try (RowSource source = RowSources.open(file, file.getFileName().toString())) {
            for (SourceItem item = source.next(); item != null; item = source.next()) {
                if (item instanceof RawRow r) {
                    rows.add(r);
                }
            }
        }
        return rows;
    }

    /** A flat 申报表 in UTF-8 with a BOM, quoted as Excel quotes. */
    private static void csv(Path file, List<String[]> rows) throws IOException {
        StringBuilder s = new StringBuilder("\uFEFF");
        s.append(String.join(",", TARGETS.stream().map(Enum::name).toList())).append("\r\n");
        for (String[] cells : rows) {
            List<String> line = new ArrayList<>();
            for (Column c : TARGETS) {
                line.add(quote(cells[c.ordinal()]));
            }
            s.append(String.join(",", line)).append("\r\n");
        }
        Files.writeString(file, s, StandardCharsets.UTF_8);
    }

    private static String quote(String v) {
        if (v == null) {
            return "";
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
