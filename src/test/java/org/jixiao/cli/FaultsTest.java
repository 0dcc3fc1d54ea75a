package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Every fault an operator can meet becomes one line that says what happened and what to do. */
class FaultsTest {

    private final Path output = Path.of("/srv/jixiao/output");

    @Test
    void aFullDisk() {
        Exception e = new IllegalStateException("write failed", new FileSystemException("/srv/x.pdf", null, "No space left on device"));
        assertThat(Faults.explain(e, output)).contains("磁盘空间已满", "disk is full", "继续");
    }

    @Test
    void aPermissionProblem() {
        assertThat(Faults.explain(new IOException(new AccessDeniedException("/srv/jixiao/output/a.pdf")), output))
                .contains("没有权限", "/srv/jixiao/output/a.pdf");
    }

    @Test
    void aCorruptStore() {
        SQLException corrupt = new SQLException("File corrupted while reading record", "90030", 90030);
        assertThat(Faults.explain(new RuntimeException(corrupt), output)).contains("数据库文件已损坏", "备份", ".jixiao");
    }

    @Test
    void anotherRunHoldingTheStore() {
        assertThat(Faults.alreadyOpen(new RuntimeException(new SQLException("Database may be already in use", "90020", 90020))))
                .isTrue();
        assertThat(Faults.alreadyOpen(new RuntimeException("other"))).isFalse();
    }

    @Test
    void anythingElseSaysItsCauseInOneLine() {
        assertThat(Faults.explain(new RuntimeException("outer", new IllegalArgumentException("模板 x.jrxml 无法编译")), output))
                .isEqualTo("模板 x.jrxml 无法编译");
    }

    @Test
    void aLibrarysOwnWordsNeverReachTheTerminal() {
        SQLException sql = new SQLException("Value too long for column \"NAME CHARACTER VARYING(2000)\"", "22001", 22001);
        assertThat(Faults.explain(new RuntimeException(sql), output)).contains("意外的内部错误", "jixiao.log")
                .doesNotContain("Value too long", "VARYING");
    }
}
