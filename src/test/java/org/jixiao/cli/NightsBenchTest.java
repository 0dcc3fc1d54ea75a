package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jixiao.bench.Nights;
import org.jixiao.generate.Mix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nights benchmark as a smoke test: a small city's first night, the unchanged night, 1% and 10% of
 * the files corrected, each against a fresh run. Equalities asserted, never times (those are the
 * benchmark's, run by hand: bench --scale=L --nights). The nights run in this JVM to keep the suite short.
 */
class NightsBenchTest {

    @TempDir
    Path dir;

    @Test
    void everyNightEqualsAFreshRunAndTheUnchangedNightRendersNothing() throws Exception {
        Nights nights = new Nights(30, Mix.ALL, dir, 7, (input, output) -> {
            RunOutputs.Said said = RunOutputs.runSaying(input, output);
            assertThat(said.code()).as(said.out() + said.err()).isIn(0, 2);
            return said.out();
        });
        nights.generate();
        List<Nights.Night> done = nights.run(n -> { });
        assertThat(done).extracting(Nights.Night::name).containsExactly("首夜 first", "未变更 unchanged", "1% 改动 changed",
                "全新运行 fresh (1%)", "10% 改动 changed", "全新运行 fresh (10%)");
        assertThat(done).allSatisfy(n -> assertThat(n.equalsFresh()).as(n.name()).isNotEqualTo(Boolean.FALSE));
        assertThat(done.get(1).equalsFresh()).isTrue();
        assertThat(done.get(1).rendered()).isZero();
        assertThat(done.get(1).kept()).isEqualTo(done.get(0).rendered()).isPositive();
        assertThat(done.get(2).edited()).isPositive();
        assertThat(done.get(2).rendered()).isPositive().isLessThan(done.get(0).rendered());
        assertThat(Nights.table(done)).contains("| 未变更 unchanged | 0 |", "是 yes");
    }
}
