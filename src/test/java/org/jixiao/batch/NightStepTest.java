package org.jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A step execution's name, whatever its form, finds its step and its label. */
class NightStepTest {

    @Test
    void aStepItsWorkerAndTheirPartitionsAreTheSameStep() {
        assertThat(NightStep.of("import")).contains(NightStep.IMPORT);
        assertThat(NightStep.of("importFiles")).contains(NightStep.IMPORT);
        assertThat(NightStep.of("importFiles:files-0-of-2")).contains(NightStep.IMPORT);
        assertThat(NightStep.of("render:partition3")).contains(NightStep.RENDER);
        assertThat(NightStep.of("finishImport")).contains(NightStep.FINISH_IMPORT);
        assertThat(NightStep.of("somethingElse")).isEmpty();
    }

    @Test
    void everyStepHasItsOwnNameAndLabel() {
        assertThat(Arrays.stream(NightStep.values()).map(NightStep::stepName)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(NightStep.values()).map(NightStep::label)).doesNotHaveDuplicates();
        assertThat(NightStep.PREPARE_RENDER.label()).isEqualTo("准备报表");
    }
}
