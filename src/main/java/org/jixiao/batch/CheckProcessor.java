package org.jixiao.batch;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Evaluation;
import org.jixiao.filing.FiledRow;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Project;
import org.jixiao.filing.ScoringPolicy;
import org.jixiao.filing.Sha256;
import org.jixiao.findings.Finding;
import org.jixiao.findings.ProjectChecks;
import org.jixiao.ingest.ProjectAssembler;
import org.jixiao.store.ProjectStore;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Assembles a project from its rows, computes its scores and applies every rule to it. */
class CheckProcessor implements ItemProcessor<ProjectRows, CheckProcessor.Checked> {

    /** A checked project and its findings, ready to store. */
    record Checked(ProjectStore.Checked project, List<Finding> findings) {
    }

    private final ProjectAssembler assembler = new ProjectAssembler();
    private final ProjectChecks checks;
    private final ScoringPolicy policy;
    private final long runId;

    CheckProcessor(ScoringPolicy policy, long runId) {
        this.policy = policy;
        this.checks = new ProjectChecks(policy);
        this.runId = runId;
    }

    @Override
    public Checked process(ProjectRows filed) {
        ProjectAssembler.Assembly a = assembler.assemble(filed.rows());
        List<Finding> findings = new ArrayList<>(a.findings());
        Project project = a.project();
        Evaluation evaluation = null;
        if (project != null) {
            evaluation = project.kind() == Kind.SELF_EVALUATION ? policy.evaluate(project) : null;
            findings.addAll(checks.check(project, evaluation));
        }
        FiledRow first = filed.rows().get(0);
        return new Checked(new ProjectStore.Checked(filed.fileId(), runId, filed.key(), first.kind(), project, evaluation, a.year(),
                a.region(), a.department(), a.name(), a.first().sheet(), a.first().row(), filed.firstSeq(), filed.rows().size(),
                digest(filed, project, evaluation, findings)), findings);
    }

    /**
     * Everything a report shows of a project, as one SHA-256: its rows as filed (the project is rebuilt
     * from them), its verdict, computed scores and findings — not the name of its file, which a report
     * never prints. Two nights that see the same digest make the same pages of it.
     */
    static String digest(ProjectRows filed, Project project, Evaluation evaluation, List<Finding> findings) {
        Sha256 sha = new Sha256().add(filed.key()).add(project != null).add(evaluation);
        for (FiledRow row : filed.rows()) {
            sha.add(row.source().sheet()).add(row.source().row()).add(row.kind());
            for (String cell : row.cells()) {
                sha.add(cell);
            }
        }
        for (Finding f : findings) {
            sha.add(f.rule().id()).add(f.sheet()).add(f.row()).add(f.column()).add(f.department()).add(f.project()).add(f.message());
        }
        return sha.hex();
    }
}
