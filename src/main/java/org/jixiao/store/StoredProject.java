package org.jixiao.store;

import org.jixiao.filing.Evaluation;
import org.jixiao.filing.Project;

/** A current, imported project as stored, with its computed scores (null for targets). */
public record StoredProject(long id, Project project, Evaluation evaluation) {
}
