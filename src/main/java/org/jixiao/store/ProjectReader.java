package org.jixiao.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jixiao.filing.Evaluation;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Project;
import org.jixiao.ingest.ProjectAssembler;

/**
 * Rebuilds a stored project: the project itself is assembled again from its blocks (the store's one
 * record of what was filed, so reports show exactly what the checks saw), and its computed scores
 * are read from the jx_project row.
 */
final class ProjectReader {

    private final BlockStore blocks;
    private final ProjectAssembler assembler = new ProjectAssembler();

    ProjectReader(BlockStore blocks) {
        this.blocks = blocks;
    }

    /** The project of the current row, its rows located under the path in column {@code pathColumn}. */
    StoredProject read(ResultSet rs, String pathColumn) throws SQLException {
        long id = rs.getLong("project_id");
        Kind kind = Kind.ofCode(rs.getString("kind"));
        Project project = assembler.assemble(blocks.project(rs.getLong("file_id"), rs.getString(pathColumn), rs.getString("project_key")))
                .project();
        if (project == null) {
            throw new IllegalStateException("stored project " + id + " no longer assembles from its rows");
        }
        Evaluation computed = kind == Kind.SELF_EVALUATION ? FactsReader.read(rs).facts().evaluation() : null;
        return new StoredProject(id, project, computed);
    }
}
