package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao template}: the command line a finance bureau runs to hand departments a workbook. */
class TemplateCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheTemplateOfTheKindAsked() {
        Path file = dir.resolve("自评模板.xlsx");

        int code = Cli.run(new String[] {"template", "--kind=self-evaluation", "--output=" + file});

        assertThat(code).isEqualTo(ExitCode.OK.code());
        assertThat(file).isRegularFile();
    }

    @Test
    void writesTheRosterAsTheFileTheNightLooksFor() {
        Path file = dir.resolve("名单.xlsx");

        int code = Cli.run(new String[] {"template", "--kind=roster", "--output=" + file});

        assertThat(code).isEqualTo(ExitCode.OK.code());
        assertThat(file).isRegularFile();
    }

    @Test
    void neverOverwritesAnExistingFile() throws IOException {
        Path file = Files.writeString(dir.resolve("已填好.xlsx"), "filled by a department");

        int code = Cli.run(new String[] {"template", "--kind=targets", "--output=" + file});

        assertThat(code).isEqualTo(ExitCode.FAILED.code());
        assertThat(Files.readString(file)).isEqualTo("filled by a department");
    }

    @Test
    void aMissingOrUnknownKindOrANonXlsxOutputIsAUsageError() {
        assertThat(Cli.run(new String[] {"template", "--output=" + dir.resolve("a.xlsx")})).isEqualTo(ExitCode.USAGE.code());
        assertThat(Cli.run(new String[] {"template", "--kind=budget"})).isEqualTo(ExitCode.USAGE.code());
        assertThat(Cli.run(new String[] {"template", "--kind=targets", "--output=" + dir.resolve("a.csv")}))
                .isEqualTo(ExitCode.USAGE.code());
        assertThat(Cli.run(new String[] {"template", "--kind=targets", "--input=x"})).isEqualTo(ExitCode.USAGE.code());
        assertThat(dir).isEmptyDirectory();
    }
}
