package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class F13EncodingMismatchTest {

    private static final String TEXT = Filed.TARGETS_HEADER + "\n" + Filed.TARGETS_ROW + "\n";

    @TempDir
    Path dir;

    private Path withBom(Charset charset) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(TEXT.getBytes(charset));
        return Files.write(dir.resolve("a.csv"), bytes.toByteArray());
    }

    @Test
    void aUtf8MarkOnGb18030TextIsReadAsGb18030AndSaid() throws IOException {
        Filed filed = Filed.read(withBom(Charset.forName("GB18030")));
        assertThat(filed.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.ENCODING_MISMATCH);
            assertThat(f.severity()).isEqualTo(Severity.问题);
            assertThat(f.message()).contains("BOM", "GB18030");
        });
        assertThat(filed.projects()).extracting(p -> p.department()).containsExactly("中共上海市松江区委组织部");
    }

    @Test
    void aUtf8MarkOnUtf8TextIsRight() throws IOException {
        assertThat(Filed.read(withBom(StandardCharsets.UTF_8)).findings()).isEmpty();
    }
}
