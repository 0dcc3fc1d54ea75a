package org.jixiao.batch;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.store.FindingStore;
import org.jixiao.store.ProjectStore;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores checked projects (imported or rejected) and their findings. A project checked again (its
 * partition read again after a crash, or a project the import checked whose key turned up again)
 * replaces what was stored for it.
 */
class CheckWriter implements ItemWriter<CheckProcessor.Checked> {

    private final ProjectStore projects;
    private final FindingStore findings;

    CheckWriter(ProjectStore projects, FindingStore findings) {
        this.projects = projects;
        this.findings = findings;
    }

    @Override
    public void write(Chunk<? extends CheckProcessor.Checked> chunk) {
        store(chunk.getItems(), projects, findings);
    }

    static void store(List<? extends CheckProcessor.Checked> checked, ProjectStore projects, FindingStore findings) {
        List<ProjectStore.Checked> batch = new ArrayList<>(checked.size());
        List<FindingStore.ProjectFindings> found = new ArrayList<>(checked.size());
        for (CheckProcessor.Checked c : checked) {
            batch.add(c.project());
            found.add(new FindingStore.ProjectFindings(c.project().fileId(), c.project().key(), c.findings()));
        }
        projects.insertAll(batch);
        findings.replaceForProjects(checked.get(0).project().runId(), found);
    }
}
