package org.jixiao.render;

import java.util.List;
import org.jixiao.filing.Evaluation;
import org.jixiao.filing.Project;
import org.jixiao.findings.Finding;

/** A self-evaluated project to print: as filed, as jixiao scored it, and the findings recorded on it. */
public record SelfForm(Project project, Evaluation evaluation, List<Finding> findings) {

    public SelfForm {
        findings = List.copyOf(findings);
    }
}
