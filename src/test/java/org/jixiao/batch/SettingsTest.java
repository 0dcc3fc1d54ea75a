package org.jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.filing.ScoringPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.SimpleCommandLinePropertySource;

/** The jixiao.* settings as Spring binds them from the command line. */
class SettingsTest {

    private static Settings bound(String... args) {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SimpleCommandLinePropertySource(args));
        return new Binder(ConfigurationPropertySources.from(sources)).bindOrCreate("jixiao", Bindable.of(Settings.class));
    }

    @Test
    void nothingGivenIsTheNationalPracticeOnOneThreadPerCore() {
        Settings settings = bound();
        assertThat(settings.threads()).isZero();
        assertThat(settings.partitionThreads()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(settings.scoring().toPolicy()).isEqualTo(ScoringPolicy.national());
    }

    @Test
    void givenSettingsReachThePolicyAChineseKeyInBrackets() {
        Settings settings = bound("--jixiao.threads=3", "--jixiao.scoring.tolerance=0.2", "--jixiao.scoring.level-one-weights[产出指标]=40");
        assertThat(settings.partitionThreads()).isEqualTo(3);
        ScoringPolicy policy = settings.scoring().toPolicy();
        assertThat(policy.tolerance()).isEqualByComparingTo("0.2");
        assertThat(policy.levelOneWeights()).containsEntry("产出指标", new BigDecimal("40"));
    }
}
