package org.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.filing.Column;
import org.jixiao.filing.FiledBlock;
import org.jixiao.filing.FiledRow;
import org.jixiao.filing.Kind;
import org.jixiao.filing.SourceRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The check step's work list: the projects the import could not check as it read them, and only those. */
class BlockStoreTest {

    private JdbcTemplate jdbc;
    private BlockStore blocks;

    @BeforeEach
    void store() throws Exception {
        SingleConnectionDataSource db = new SingleConnectionDataSource("jdbc:h2:mem:blocks" + System.nanoTime(), "sa", "", true);
        StoreSchema.migrate(db);
        jdbc = new JdbcTemplate(db);
        blocks = new BlockStore(jdbc);
        for (String path : new String[] {"a.csv", "b.csv"}) {
            jdbc.update("INSERT INTO jx_file (run_id, path, sha256, checks, bytes) VALUES (1, ?, ?, ?, 1)", path, "0".repeat(64), "0".repeat(64));
        }
    }

    private long file(String path) {
        return jdbc.queryForObject("SELECT file_id FROM jx_file WHERE path = ?", Long.class, path);
    }

    private void block(String path, String key, int seq) {
        String[] cells = new String[Column.values().length];
        cells[Column.项目名称.ordinal()] = key;
        FiledRow row = new FiledRow(file(path), seq, new SourceRef(path, "", seq + 1), Kind.TARGETS, key, cells);
        blocks.insert(1, List.of(new FiledBlock(file(path), "", Kind.TARGETS, key, seq, List.of(row))));
    }

    private List<String> toCheck() {
        return blocks.toCheck(1, 0, 1).stream().map(t -> t.path() + ":" + t.projectKey()).toList();
    }

    @Test
    void theStepSeesOnlyKeysMarkedForARecheck() {
        block("a.csv", "甲", 1);
        block("a.csv", "乙", 2);
        block("b.csv", "甲", 1);
        block("b.csv", "丙", 2);
        blocks.recordKeys(1, List.of(new BlockStore.FiledKey(file("a.csv"), "甲", false), new BlockStore.FiledKey(file("a.csv"), "乙", false),
                new BlockStore.FiledKey(file("b.csv"), "甲", false), new BlockStore.FiledKey(file("b.csv"), "丙", true)));
        assertThat(toCheck()).containsExactly("b.csv:丙");
        assertThat(blocks.projectsToCheck(1)).isEqualTo(1);
    }

    @Test
    void aKeyMetAgainLaterInItsFileIsRechecked() {
        block("a.csv", "甲", 1);
        block("a.csv", "乙", 2);
        block("a.csv", "甲", 3);
        blocks.recordKeys(1, List.of(new BlockStore.FiledKey(file("a.csv"), "甲", false), new BlockStore.FiledKey(file("a.csv"), "乙", false)));
        blocks.recordKeys(1, List.of(new BlockStore.FiledKey(file("a.csv"), "甲", true), new BlockStore.FiledKey(file("a.csv"), "甲", true)));
        assertThat(toCheck()).containsExactly("a.csv:甲");
    }
}
