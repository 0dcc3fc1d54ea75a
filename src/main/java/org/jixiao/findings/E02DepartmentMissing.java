package org.jixiao.findings;

import java.util.Optional;
import org.jixiao.filing.SourceRef;

/**
 * E02 主管部门缺失 (错误): a project without a 主管部门 is rejected: it belongs to no department's summary
 * and no one would be asked to correct it.
 */
public final class E02DepartmentMissing {

    private E02DepartmentMissing() {
    }

    /** @param filed the 主管部门 as filed, null when blank on every row of the project */
    public static Optional<Finding> check(String filed, SourceRef where) {
        return filed != null ? Optional.empty() : Optional.of(Finding.at(Rule.DEPARTMENT_MISSING, where, "主管部门", "主管部门为空，项目未导入"));
    }
}
