package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jixiao.batch.NightlyRun;
import org.junit.jupiter.api.Test;

/** What the operator is told about an unfinished run that tonight's run gave up. */
class ReportTest {

    @Test
    void aRunGivenUpOnRequestSaysSoAndThatItsImportWasWithdrawn() {
        String line = Report.abandoned(new NightlyRun.Abandoned(4, LocalDate.of(2026, 11, 20), "importFiles", true, true));
        assertThat(line).isEqualTo("  已放弃上次未完成的第4次运行（按 --fresh 的要求；运行日期 2026-11-20，停在「导入」步骤）"
                + "；它未完成的导入已撤回，其文件本次重新导入");
    }

    @Test
    void aRunOnOtherFoldersIsGivenUpWithoutBeingAskedAndKeepsAFinishedImport() {
        String line = Report.abandoned(new NightlyRun.Abandoned(7, LocalDate.of(2026, 11, 19), "render:partition3", false, false));
        assertThat(line).contains("第7次运行", "它的输入或输出文件夹与本次不同", "停在「生成报表」步骤", "它的导入已完成，保留")
                .doesNotContain("撤回");
    }
}
