package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao generate --years}: the 2024 申报表 by default, the benchmark's one-year city with --years=1. */
class GenerateCommandTest {

    @TempDir
    Path dir;

    private List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void byDefaultEachDepartmentAlsoFilesIts2024TargetsAndWithYearsOneItDoesNot() throws IOException {
        assertThat(Cli.run(new String[] {"generate", "--projects=20", "--output=" + dir.resolve("two")})).isEqualTo(ExitCode.OK.code());
        assertThat(Cli.run(new String[] {"generate", "--projects=20", "--years=1", "--output=" + dir.resolve("one")}))
                .isEqualTo(ExitCode.OK.code());
        List<String> one = files(dir.resolve("one"));
        List<String> two = files(dir.resolve("two"));
        assertThat(two).containsAll(one);
        assertThat(two.stream().filter(f -> !one.contains(f))).isNotEmpty().allMatch(f -> f.contains("-2024-绩效目标"))
                .hasSize(one.size() / 2);
    }

    @Test
    void anotherNumberOfYearsIsAUsageError() {
        assertThat(Cli.run(new String[] {"generate", "--projects=20", "--years=3", "--output=" + dir.resolve("x")}))
                .isEqualTo(ExitCode.USAGE.code());
        assertThat(dir.resolve("x")).doesNotExist();
    }
}
