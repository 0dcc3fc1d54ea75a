package org.jixiao.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.output.OutputFolder;
import org.jixiao.store.FindingStore;
import org.jixiao.store.RunStore;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes manifest.json: the run, each input file (path, sha256, what was done with it, rows read,
 * imported, rejected) and each output (kind, 年度, 地区, 主管部门, path, pages, sha256), so an auditor can
 * show that a published file came from the filings on record. First it removes what earlier runs
 * published in the folder and this one did not (the reports of a department whose filings were
 * withdrawn or renamed, say), so the folder holds tonight's publications and nothing older; files
 * jixiao did not publish are never touched.
 */
class ManifestTasklet implements Tasklet {

    static final String MANIFEST = "manifest.json";

    private final RunStore runs;
    private final FindingStore findings;

    ManifestTasklet(RunStore runs, FindingStore findings) {
        this.runs = runs;
        this.findings = findings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        RunParameters run = RunParameters.of(context.getStepContext().getStepExecution().getJobParameters());
        OutputFolder folder = new OutputFolder(run.output());
        for (String stale : runs.staleOutputs(run.runId())) {
            if (!stale.equals(MANIFEST) && folder.remove(stale)) {
                runs.recordRemoved(run.runId(), stale);
            }
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", run.runId());
        r.put("runDate", run.runDate().toString());
        r.put("input", run.input().toString());
        r.put("output", run.output().toString());
        manifest.put("run", r);
        List<Object> inputs = new ArrayList<>();
        for (RunStore.RunFile f : runs.files(run.runId())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", f.path());
            m.put("sha256", f.file().sha256());
            m.put("bytes", f.file().bytes());
            m.put("action", f.action());
            if (f.note() != null) {
                m.put("note", f.note());
            }
            m.put("importedByRun", f.file().runId());
            m.put("rowsRead", f.file().rowsRead());
            m.put("rowsImported", f.file().rowsImported());
            m.put("rowsRejected", f.file().rowsRejected());
            inputs.add(m);
        }
        manifest.put("inputs", inputs);
        List<Object> outputs = new ArrayList<>();
        for (RunStore.Output o : runs.outputs(run.runId())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", o.kind());
            m.put("year", o.year());
            m.put("region", o.region());
            m.put("department", o.department());
            m.put("path", o.path());
            m.put("pages", o.pages());
            m.put("bytes", o.bytes());
            m.put("sha256", o.sha256());
            outputs.add(m);
        }
        manifest.put("outputs", outputs);
        manifest.put("removed", runs.removed(run.runId()));
        manifest.put("findings", findings.countCurrentBySeverity());
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        folder.write(folder.resolve(MANIFEST), out -> json.writeValue(out, manifest));
        return RepeatStatus.FINISHED;
    }
}
