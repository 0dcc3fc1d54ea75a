package org.jixiao.batch;

import java.io.IOException;
import org.jixiao.output.OutputFolder;
import org.jixiao.store.RunStore;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Removes what earlier nights published in the output folder and tonight did not (the reports of a
 * withdrawn department, of a 主管部门 whose name was corrected, a disclosure edition now held back), so
 * the folder holds tonight's publications and nothing older; the folders they leave empty go too.
 * Files jixiao did not publish are never touched. The parts of the books it keeps for itself go the
 * same way, unrecorded.
 */
class RemoveStaleTasklet implements Tasklet {

    private final RunStore runs;

    RemoveStaleTasklet(RunStore runs) {
        this.runs = runs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        RunParameters run = RunParameters.of(context.getStepContext().getStepExecution().getJobParameters());
        OutputFolder folder = new OutputFolder(run.output());
        for (String stale : runs.staleOutputs(run.runId())) {
            if (folder.remove(stale) && !stale.startsWith(".jixiao/")) {
                runs.recordRemoved(run.runId(), stale);
                contribution.incrementWriteCount(1);
            }
        }
        return RepeatStatus.FINISHED;
    }
}
