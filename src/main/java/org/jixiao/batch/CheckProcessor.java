package org.jixiao.batch;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Evaluation;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Project;
import org.jixiao.filing.ScoringPolicy;
import org.jixiao.findings.Finding;
import org.jixiao.findings.ProjectChecks;
import org.jixiao.findings.Rule;
import org.jixiao.ingest.Column;
import org.jixiao.ingest.FiledRow;
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
        if (filed.duplicate()) {
            boolean byCode = filed.rows().get(0).get(Column.项目编码) != null;
            findings.add(new Finding(Rule.PROJECT_DUPLICATE, filed.path(), a.first().sheet(), a.first().row(), "项目名称",
                    a.department(), a.name(), "同一项目（年度、主管部门、项目" + (byCode ? "编码" : "名称") + "相同）已在「"
                            + filed.firstPath() + "」第" + filed.firstRow() + "行报送；以先读到的为准，此处未导入"));
            project = null;
        }
        Evaluation evaluation = null;
        if (project != null) {
            evaluation = project.kind() == Kind.SELF_EVALUATION ? policy.evaluate(project) : null;
            findings.addAll(checks.check(project, evaluation));
        }
        FiledRow first = filed.rows().get(0);
        return new Checked(new ProjectStore.Checked(filed.fileId(), runId, filed.key(), first.kind(), project, evaluation, a.year(),
                a.region(), a.department(), a.name(), a.first().sheet(), a.first().row(), filed.firstSeq(), filed.rows().size()),
                findings);
    }
}
