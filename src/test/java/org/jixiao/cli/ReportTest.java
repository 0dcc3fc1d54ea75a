package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jixiao.batch.NightlyRun;
import org.junit.jupiter.api.Test;

/** What the operator is told about an unfinished run that tonight's run gave up. */
class ReportTest {

    @Test
    void aRunGivenUpOnRequestSaysSoAndThatItsImportWasWithdrawn() {
        String line = Report.abandoned(new NightlyRun.Abandoned(4, LocalDate.of(2026, 11, 20), "importFiles", NightlyRun.Reason.FRESH, true, true));
        assertThat(line).isEqualTo("  已放弃上次未完成的第4次运行（按 --fresh 的要求；运行日期 2026-11-20，停在「导入」步骤）"
                + "；它未完成的导入已撤回，其文件本次重新导入");
    }

    @Test
    void aRunOnOtherFoldersIsGivenUpWithoutBeingAskedAndKeepsAFinishedImport() {
        String line = Report.abandoned(new NightlyRun.Abandoned(7, LocalDate.of(2026, 11, 19), "render:partition3", NightlyRun.Reason.OTHER_FOLDERS, false, false));
        assertThat(line).contains("第7次运行", "它的输入或输出文件夹与本次不同", "停在「生成报表」步骤", "它已读入的内容保留")
                .doesNotContain("撤回");
    }

    @Test
    void aRunOnAnotherInputIsNotSaidToBeImportedAgainTonight() {
        String line = Report.abandoned(new NightlyRun.Abandoned(7, LocalDate.of(2026, 11, 19), "importFiles", NightlyRun.Reason.OTHER_FOLDERS, true, false));
        assertThat(line).contains("它未完成的导入已撤回，其文件下次以它的输入文件夹运行时重新导入").doesNotContain("本次重新导入");
    }
}
