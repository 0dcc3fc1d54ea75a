package org.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jixiao.filing.Column;
import org.jixiao.filing.FiledRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Filings are stored in a named format, and read by column name: blocks written by an earlier version
 * (the fixture is what format 1 wrote) read as filed, whatever this version's columns are.
 */
class BlockFormatTest {

    private JdbcTemplate jdbc;
    private BlockStore blocks;

    @BeforeEach
    void store() {
        SingleConnectionDataSource db = new SingleConnectionDataSource("jdbc:h2:mem:format" + System.nanoTime(), "sa", "", true);
        StoreSchema.migrate(db);
        jdbc = new JdbcTemplate(db);
        blocks = new BlockStore(jdbc);
        jdbc.update("INSERT INTO jx_file (run_id, path, sha256, checks, bytes) VALUES (1, 'a.csv', ?, ?, 1)", "0".repeat(64), "0".repeat(64));
    }

    @Test
    void theFormatThisVersionWritesIsTheOneItsMigrationRecorded() {
        assertThat(jdbc.queryForObject("SELECT columns FROM jx_block_format WHERE format_id = ?", String.class, BlockCodec.FORMAT))
                .as("a change to Column needs a new format number and a migration naming its columns")
                .isEqualTo(BlockCodec.currentNames());
    }

    @Test
    void blocksWrittenInFormatOneReadAsFiled() throws IOException {
        storeFixture(1);

        List<FiledRow> targets = blocks.project(file(), "a.csv", "T|2025|中共上海市松江区委组织部|党代表工作经费");
        assertThat(targets).hasSize(6);
        FiledRow first = targets.get(0);
        assertThat(first.source().row()).isEqualTo(107);
        assertThat(first.seq()).isEqualTo(106);
        assertThat(first.get(Column.主管部门)).isEqualTo("中共上海市松江区委组织部");
        assertThat(first.get(Column.项目名称)).isEqualTo("党代表工作经费");
        assertThat(first.get(Column.年度资金申请总额)).isEqualTo("18,000.00");
        assertThat(first.get(Column.年度总体目标)).isEqualTo("根据上级相关规定要求做好经费的使用");
        assertThat(first.get(Column.指标值)).isEqualTo("≤18000.00(元)");
        assertThat(targets.get(4).get(Column.三级指标)).isEqualTo("政策知晓率");
        assertThat(targets.get(4).get(Column.项目名称)).as("a repeated project cell is stored blank").isNull();

        List<FiledRow> self = blocks.project(file(), "a.csv", "S|2023|中共上海市松江区委组织部|人才工作");
        assertThat(self).hasSize(6);
        assertThat(self.get(0).get(Column.全年预算数)).isEqualTo("319052.75");
        assertThat(self.get(0).get(Column.全年执行数)).isEqualTo("319,052.75");
        assertThat(self.get(0).get(Column.当年财政拨款全年执行数)).isEqualTo("319052.75");
        assertThat(self.get(0).get(Column.执行率)).isEqualTo("100.00%");
        assertThat(self.get(1).get(Column.得分)).isEqualTo("16");
        assertThat(self.get(1).get(Column.偏差原因分析及改进措施)).isEqualTo("有进一步提升的空间");
    }

    /**
     * What a later version meets in a store of an earlier one: a format whose columns stand in another
     * order, one of which that version no longer has, and without one it added. Each cell lands under
     * its column's name; the column no longer known is left out, the new one is blank.
     */
    @Test
    void aBlockIsReadByItsFormatsColumnNamesNotByPosition() {
        jdbc.update("INSERT INTO jx_block_format (format_id, columns) VALUES (7, ?)",
                String.join("\u001F", "三级指标", "已废止的列", "项目名称", "主管部门", "年度"));
        jdbc.update("""
                INSERT INTO jx_block (file_id, first_seq, run_id, sheet, kind, project_key, row_count, format_id, rows_packed)
                VALUES (?, 1, 1, '', 'T', 'k', 2, 7, ?)""", file(), "5\u001F培训人次\u001F旧值\u001F项目甲\u001F部门乙\u001F2025"
                + "\u001E6\u001F满意度\u001F\u001F\u001F\u001F");

        List<FiledRow> rows = blocks.project(file(), "a.csv", "k");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get(Column.三级指标)).isEqualTo("培训人次");
        assertThat(rows.get(0).get(Column.项目名称)).isEqualTo("项目甲");
        assertThat(rows.get(0).get(Column.主管部门)).isEqualTo("部门乙");
        assertThat(rows.get(0).get(Column.年度)).isEqualTo("2025");
        assertThat(rows.get(0).get(Column.指标值)).as("not in that format").isNull();
        assertThat(rows.get(0).cells()).filteredOn(Objects::nonNull).containsExactlyInAnyOrder("培训人次", "项目甲", "部门乙", "2025");
        assertThat(rows.get(1).source().row()).isEqualTo(6);
        assertThat(rows.get(1).get(Column.三级指标)).isEqualTo("满意度");
    }

    @Test
    void aBlockOfAFormatThisVersionDoesNotKnowIsRefusedInWords() {
        jdbc.update("""
                INSERT INTO jx_block (file_id, first_seq, run_id, sheet, kind, project_key, row_count, format_id, rows_packed)
                VALUES (?, 1, 1, '', 'T', 'k', 1, 99, '5')""", file());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> blocks.project(file(), "a.csv", "k"))
                .hasMessageContaining("不认识的存储格式 99");
    }

    private long file() {
        return jdbc.queryForObject("SELECT file_id FROM jx_file WHERE path = 'a.csv'", Long.class);
    }

    private void storeFixture(int format) throws IOException {
        String fixture;
        try (var in = getClass().getResourceAsStream("/store/format-" + format + "-blocks.txt")) {
            fixture = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String line : fixture.lines().filter(l -> !l.startsWith("#")).toList()) {
            String[] f = line.split("\t");
            String packed = f[4].replace('␟', '\u001F').replace('␞', '\u001E');
            jdbc.update("""
                    INSERT INTO jx_block (file_id, first_seq, run_id, sheet, kind, project_key, row_count, format_id, rows_packed)
                    VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)""", file(), Integer.parseInt(f[3]), f[1], f[0], f[2],
                    packed.chars().filter(c -> c == '\u001E').count() + 1, format, packed);
        }
    }
}
