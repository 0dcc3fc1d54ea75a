package org.jixiao.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jixiao.filing.Evaluation;
import org.jixiao.filing.Grade;
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

    StoredProject read(ResultSet rs) throws SQLException {
        long id = rs.getLong("project_id");
        Kind kind = Kind.ofCode(rs.getString("kind"));
        Project project = assembler.assemble(blocks.project(rs.getLong("file_id"), rs.getString("path"), rs.getString("project_key")))
                .project();
        if (project == null) {
            throw new IllegalStateException("stored project " + id + " no longer assembles from its rows");
        }
        Evaluation computed = kind == Kind.SELF_EVALUATION ? new Evaluation(number(rs, "execution_rate"),
                number(rs, "initial_rate"), number(rs, "used_fund_weight"), number(rs, "fund_score"),
                number(rs, "total_score").subtract(number(rs, "fund_score")), number(rs, "total_score"), number(rs, "total_weight"),
                Grade.valueOf(rs.getString("grade"))) : null;
        return new StoredProject(id, project, computed);
    }

    private static BigDecimal number(ResultSet rs, String column) throws SQLException {
        BigDecimal v = rs.getBigDecimal(column);
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
