package org.jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.filing.FiledBlock;
import org.jixiao.store.FileStore;
import org.jixiao.store.InputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The import hands each project on with its rows in the file, whole when it can be checked at once:
 * a project whose rows another project interrupts, or that runs past the rows the reader holds, is
 * handed on in parts for the check step to put together from the store.
 */
class FilingRowReaderTest {

    @TempDir
    Path input;

    private static final String HEADER = "年度,主管部门,项目名称,年度资金申请总额,一级指标,二级指标,三级指标,指标值\n";

    private static String rows(String project, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            s.append("2025,部门甲,").append(project).append(",100,产出指标,数量指标,指标").append(i).append(",≥1(次)\n");
        }
        return s.toString();
    }

    /** One line per project item: key's project name, whole or not, rows, and the block sizes. */
    private List<String> read(String csv, int maxBlock, int maxProjectRows) throws Exception {
        Files.writeString(input.resolve("a.csv"), HEADER + csv, StandardCharsets.UTF_8);
        return read(maxBlock, maxProjectRows, org.jixiao.filing.Sha256.of(input.resolve("a.csv")), () -> {
        }, new ArrayList<>());
    }

    /**
     * Reads a.csv as scanned with digest {@code scanned}; {@code afterFirst} runs once the first item is read;
     * the files the reader says changed while read are added to {@code changed}.
     */
    private List<String> read(int maxBlock, int maxProjectRows, String scanned, ThrowingRunnable afterFirst, List<Long> changed)
            throws Exception {
        InputFile file = new InputFile(7, 1, "a.csv", scanned, Files.size(input.resolve("a.csv")), 0, 0, 0);
        FileStore files = new FileStore(null) {
            @Override
            public List<InputFile> importedBy(long runId) {
                return List.of(file);
            }

            @Override
            public void changedWhileRead(long fileId) {
                changed.add(fileId);
            }
        };
        FilingRowReader reader = new FilingRowReader(files, new ImportMeter(), 1, input, Set.of(7L), maxBlock, maxProjectRows);
        List<String> items = new ArrayList<>();
        reader.open(new ExecutionContext());
        try {
            for (ImportItem item = reader.read(); item != null; item = reader.read()) {
                if (items.isEmpty()) {
                    afterFirst.run();
                }
                if (item instanceof ImportItem.Problem problem) {
                    items.add(problem.problem().rule().id());
                    continue;
                }
                ImportItem.Project p = (ImportItem.Project) item;
                assertThat(p.blocks()).allSatisfy(b -> assertThat(b.projectKey()).isEqualTo(p.key()));
                assertThat(p.checked()).isNull();
                assertThat(p.filedRows()).extracting(r -> r.seq()).isSorted();
                assertThat(p.blocks()).extracting(FiledBlock::firstSeq).doesNotHaveDuplicates();
                // every distinct name its rows carry: one, unless a row was left unlike the others
                String name = p.filedRows().stream().map(r -> r.cells()[org.jixiao.filing.Column.项目名称.ordinal()]).distinct()
                        .collect(java.util.stream.Collectors.joining("|"));
                items.add(name + (p.whole() ? " whole " : " part ") + p.rows() + " "
                        + p.blocks().stream().map(b -> String.valueOf(b.rows().size())).toList());
            }
        } finally {
            reader.close();
        }
        return items;
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void aFileThatIsNotTheBytesTheScanHashedIsNotReadAndSaysSo() throws Exception {
        Files.writeString(input.resolve("a.csv"), HEADER + rows("甲", 3), StandardCharsets.UTF_8);
        String scanned = org.jixiao.filing.Sha256.of(input.resolve("a.csv"));
        Files.writeString(input.resolve("a.csv"), HEADER + rows("甲", 1), StandardCharsets.UTF_8);
        List<Long> changed = new ArrayList<>();
        assertThat(read(500, 5_000, scanned, () -> {
        }, changed)).containsExactly("F01");
        assertThat(changed).containsExactly(7L);
    }

    @Test
    void aFileRewrittenWhileItIsReadIsRefusedOnceRead() throws Exception {
        Files.writeString(input.resolve("a.csv"), HEADER + rows("甲", 3) + rows("乙", 2), StandardCharsets.UTF_8);
        List<Long> changed = new ArrayList<>();
        List<String> items = read(500, 5_000, org.jixiao.filing.Sha256.of(input.resolve("a.csv")),
                () -> Files.writeString(input.resolve("a.csv"), HEADER + rows("甲", 3), StandardCharsets.UTF_8), changed);
        assertThat(items).last().isEqualTo("F01");
        assertThat(changed).containsExactly(7L);
    }

    @Test
    void aFileReadAsScannedIsNotMarked() throws Exception {
        Files.writeString(input.resolve("a.csv"), HEADER + rows("甲", 3), StandardCharsets.UTF_8);
        List<Long> changed = new ArrayList<>();
        assertThat(read(500, 5_000, org.jixiao.filing.Sha256.of(input.resolve("a.csv")), () -> {
        }, changed)).containsExactly("甲 whole 3 [3]");
        assertThat(changed).isEmpty();
    }

    @Test
    void eachProjectComesWholeWithAllItsRows() throws Exception {
        assertThat(read(rows("甲", 3) + rows("乙", 2), 500, 5_000)).containsExactly("甲 whole 3 [3]", "乙 whole 2 [2]");
    }

    @Test
    void aProjectInterruptedByAnotherComesBackInPartsForTheCheckStep() throws Exception {
        assertThat(read(rows("甲", 2) + rows("乙", 1) + rows("甲", 1), 500, 5_000))
                .containsExactly("甲 whole 2 [2]", "乙 whole 1 [1]", "甲 part 1 [1]");
    }

    @Test
    void aProjectLongerThanTheReaderHoldsComesInParts() throws Exception {
        assertThat(read(rows("甲", 7) + rows("乙", 1), 2, 3))
                .containsExactly("甲 part 2 [2]", "甲 part 2 [2]", "甲 part 3 [2, 1]", "乙 whole 1 [1]");
    }

    @Test
    void theStoresSeparatorsNeverReachTheImportsChecks() throws Exception {
        // control characters are taken out as the file is read (ingest/ControlCharacters), and said once
        assertThat(read(rows("控制\u001F字\u001E符", 3), 500, 5_000)).containsExactlyInAnyOrder("控制字符 whole 3 [3]", "F12");
    }

    @Test
    void noItemHoldsMoreRowsThanTheReaderHolds() throws Exception {
        assertThat(read(rows("甲", FilingRowReader.MAX_PROJECT_ROWS) + rows("乙", FilingRowReader.MAX_PROJECT_ROWS + 1),
                FilingRowReader.MAX_BLOCK, FilingRowReader.MAX_PROJECT_ROWS))
                .containsExactly("甲 whole 500 [500]", "乙 part 500 [500]", "乙 part 1 [1]");
    }

    @Test
    void aProjectOfSeveralBlocksIsStillWhole() throws Exception {
        assertThat(read(rows("甲", 5), 2, 5_000)).containsExactly("甲 whole 5 [2, 2, 1]");
    }
}
