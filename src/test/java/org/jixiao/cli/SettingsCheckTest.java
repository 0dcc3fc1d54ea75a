package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code --jixiao.*} arguments: what Settings declares is taken, anything else refused before the run. */
class SettingsCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"--jixiao.threads=4", "--jixiao.threads=0", "--jixiao.scoring.tolerance=0.2", "--jixiao.scoring.fund-weight=20",
            "--jixiao.scoring.fundWeight=20", "--jixiao.scoring.excellent=85", "--jixiao.scoring.achieved-floor=0.75",
            "--jixiao.scoring.level-one-weights[产出指标]=40", "--jixiao.scoring.level-one-weights[满意度指标]=20",
            "--spring.main.banner-mode=off"})
    void aSettingJixiaoHasIsTaken(String arg) {
        assertThatCode(() -> SettingsCheck.check(List.of(arg))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--jixiao.scoring.tolerence=0.5", "--jixiao.thread=4", "--jixiao.scoring.fund-weigth=10", "--jixiao.nonsense"})
    void aSettingJixiaoDoesNotHaveIsRefusedInBothLanguages(String arg) {
        String name = arg.substring(2, arg.contains("=") ? arg.indexOf('=') : arg.length());
        assertThatThrownBy(() -> SettingsCheck.check(List.of(arg))).isInstanceOf(Cli.UsageException.class)
                .hasMessageStartingWith("未知设置 --" + name + "（评分规则见 README「Configure it」：jixiao.scoring.fund-weight、rate-cap、")
                .hasMessageContaining("level-one-weights.*", "partial-floor").hasMessageEndingWith(" / unknown setting");
    }

    @Test
    void aValueThatIsNotANumberOrIsNegativeIsRefusedSayingWhatItShouldBe() {
        assertThatThrownBy(() -> SettingsCheck.check(List.of("--jixiao.scoring.tolerance=abc"))).isInstanceOf(Cli.UsageException.class)
                .hasMessage("设置 --jixiao.scoring.tolerance 的值应为不小于 0 的数，如 0.2 或 90：「abc」 / not a number: abc");
        assertThatThrownBy(() -> SettingsCheck.check(List.of("--jixiao.scoring.excellent=-5"))).isInstanceOf(Cli.UsageException.class)
                .hasMessageContaining("--jixiao.scoring.excellent 的值应为不小于 0 的数", "「-5」");
        assertThatThrownBy(() -> SettingsCheck.check(List.of("--jixiao.scoring.level-one-weights[产出指标]=many")))
                .isInstanceOf(Cli.UsageException.class).hasMessageContaining("的值应为不小于 0 的数", "「many」");
        assertThatThrownBy(() -> SettingsCheck.check(List.of("--jixiao.threads=two"))).isInstanceOf(Cli.UsageException.class)
                .hasMessage("设置 --jixiao.threads 的值应为不小于 0 的整数，如 4：「two」 / not a number: two");
        assertThatThrownBy(() -> SettingsCheck.check(List.of("--jixiao.threads=-1"))).isInstanceOf(Cli.UsageException.class)
                .hasMessageContaining("不小于 0 的整数");
        assertThatThrownBy(() -> SettingsCheck.check(List.of("--jixiao.threads=5000"))).isInstanceOf(Cli.UsageException.class);
    }

    @Test
    void anOnOffSettingTakesTrueOrFalseAndSaysSoOtherwise() {
        SettingsCheck.check(List.of("--jixiao.quick-compile=false", "--jixiao.quick-compile=true"));
        assertThatThrownBy(() -> SettingsCheck.check(List.of("--jixiao.quick-compile=maybe"))).isInstanceOf(Cli.UsageException.class)
                .hasMessage("设置 --jixiao.quick-compile 的值应为 true 或 false：「maybe」 / not true or false: maybe");
    }

    @Test
    void aChineseKeyOutsideBracketsIsRefusedShowingTheBracketsSpringNeeds() {
        // Spring drops the hanzi of `level-one-weights.产出指标`, so the weight would never be set
        assertThatThrownBy(() -> SettingsCheck.check(List.of("--jixiao.scoring.level-one-weights.产出指标=40"))).isInstanceOf(Cli.UsageException.class)
                .hasMessageContaining("中文须写在方括号里", "--jixiao.scoring.level-one-weights[产出指标]=50");
    }

    @Test
    void noJavaOrSpringTextReachesTheUser() {
        for (String arg : List.of("--jixiao.scoring.tolerence=0.5", "--jixiao.scoring.tolerance=abc", "--jixiao.threads=two", "--jixiao.scoring=5")) {
            assertThatThrownBy(() -> SettingsCheck.check(List.of(arg))).isInstanceOf(Cli.UsageException.class)
                    .message().doesNotContain("Exception", "org.", "Failed", "bind");
        }
    }
}
