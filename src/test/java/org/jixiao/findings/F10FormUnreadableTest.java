package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.jixiao.ingest.RawXlsx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class F10FormUnreadableTest {

    @TempDir
    Path dir;

    @Test
    void aFormWithoutItsIndicatorTableIsRefusedAsAForm() throws IOException {
        Filed filed = Filed.read(Workbooks.write(dir, RawXlsx.workbook().sheet("项目", new String[][] {Workbooks.TITLE, Workbooks.YEAR,
            {"项目名称", "党建工作"}, {"主管部门", "中共上海市松江区委组织部"}, {"年度资金申请总额", "100"}})));
        assertThat(filed.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.FORM_UNREADABLE);
            assertThat(f.severity()).isEqualTo(Severity.错误);
            assertThat(f.sheet()).isEqualTo("项目");
            assertThat(f.message()).startsWith("工作表「项目」是申报表或自评表，但未能读取：").contains("未找到指标表的表头");
        });
        assertThat(filed.projects()).isEmpty();
    }

    @Test
    void aWholeFormIsRead() throws IOException {
        Filed filed = Filed.read(Workbooks.write(dir, RawXlsx.workbook().sheet("项目", Workbooks.form("党建工作"))));
        assertThat(filed.findings()).isEmpty();
        assertThat(filed.projects()).hasSize(1);
    }
}
