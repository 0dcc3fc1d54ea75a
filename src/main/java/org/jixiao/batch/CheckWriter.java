package org.jixiao.batch;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.store.FindingStore;
import org.jixiao.store.ProjectStore;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores checked projects (imported or rejected) and their findings. A project checked again (its
 * partition read again after a crash) replaces what was stored for it.
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
        List<ProjectStore.Checked> batch = new ArrayList<>(chunk.size());
        for (CheckProcessor.Checked c : chunk) {
            batch.add(c.project());
        }
        projects.insertAll(batch);
        for (CheckProcessor.Checked c : chunk) {
            findings.replaceForProject(c.project().runId(), c.project().fileId(), c.project().key(), c.findings());
        }
    }
}
