package org.jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** manifest.json without databind is the bytes databind wrote: operators' scripts and the checks read them. */
class ManifestJsonTest {

    @Test
    void theManifestIsTheBytesDatabindWrote() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("错误", 3);
        counts.put("问题", 0);
        Manifest m = new Manifest(
                new Manifest.Run(7L, "2026-11-21", "/data/in \"quoted\"", "/data/out", 1, 2, 0, List.of(), List.of("旧/汇总表.pdf"),
                        new Manifest.Departments(1, 4), 2,
                        List.of(new Manifest.File("松江区/a.csv", "IMPORTED", 7L, null),
                                new Manifest.File("b\\c\t.xlsx", "UNCHANGED", 3L, "内容未变更，沿用第3次运行读入的结果")),
                        List.of(new Manifest.Writer("2025/汇编-2025.pdf", 7L, "host-1 pid 42"))),
                List.of(new Manifest.Input("松江区/a.csv", "ab".repeat(32), 12345678901L, 10, 9, 1)), null,
                List.of(new Manifest.Ignored(".~lock.x#", "锁文件")),
                List.of(new Manifest.Output("book-pdf", 2025, null, null, "2025/汇编-2025.pdf", 120, 99L, "cd".repeat(32)),
                        new Manifest.Output("tables-csv", null, "松江区", "部门", "x.csv", null, 0L, "ef".repeat(32))),
                List.of(), counts, new Manifest.Refused(0, 2));
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        ManifestJson.write(ours, m);
        byte[] databind = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsBytes(m);
        assertThat(ours.toString(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(databind, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(ours.toByteArray()).isEqualTo(databind);
    }
}
