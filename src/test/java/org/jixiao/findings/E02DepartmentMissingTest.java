package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class E02DepartmentMissingTest {

    @TempDir
    Path dir;

    @Test
    void aProjectWithoutDepartmentIsRejected() throws IOException {
        Filed filed = Filed.csv(dir, Filed.TARGETS_HEADER, Filed.TARGETS_ROW.replace("中共上海市松江区委组织部", ""));
        assertThat(filed.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.DEPARTMENT_MISSING);
            assertThat(f.severity()).isEqualTo(Severity.错误);
            assertThat(f.column()).isEqualTo("主管部门");
            assertThat(f.message()).isEqualTo("主管部门为空，项目未导入");
        });
        assertThat(filed.projects()).isEmpty();
    }

    @Test
    void aDepartmentOnOneRowOfTheProjectIsEnough() throws IOException {
        Filed filed = Filed.csv(dir, Filed.TARGETS_HEADER, Filed.TARGETS_ROW,
                "2025,,党建工作,,产出指标,质量指标,验收合格率,≥95%");
        assertThat(filed.rules()).doesNotContain(Rule.DEPARTMENT_MISSING);
        assertThat(filed.projects()).hasSize(1);
    }
}
