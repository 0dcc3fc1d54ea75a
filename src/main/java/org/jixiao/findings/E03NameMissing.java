package org.jixiao.findings;

import java.util.Optional;
import org.jixiao.filing.SourceRef;

/**
 * E03 项目名称缺失 (错误): a project without a 项目名称 is rejected: nothing names it in a summary or to
 * its filer. A printed form whose 项目名称 is blank is rejected whole with one finding, since its rows
 * have nothing else to tie them together.
 */
public final class E03NameMissing {

    private static final Rule RULE = Rule.NAME_MISSING;

    private E03NameMissing() {
    }

    /** @param filed the 项目名称 as filed, null when blank on every row of the project */
    public static Optional<Finding> check(String filed, SourceRef where) {
        return filed != null ? Optional.empty() : Optional.of(Finding.at(RULE, where, "项目名称", "项目名称为空，项目未导入"));
    }

    /** A form of {@code sheet} whose 项目名称 (labelled on {@code row}) is blank, with its {@code indicators} rows. */
    public static FileFinding unnamedForm(String sheet, int row, int indicators) {
        return new FileFinding(RULE, sheet, row, "项目名称", "工作表「" + sheet + "」第" + row + "行的表单没有填写项目名称，该表单的"
                + indicators + "行指标未导入");
    }
}
