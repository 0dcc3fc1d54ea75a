package org.jixiao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.filing.Column;
import org.jixiao.filing.Kind;
import org.jixiao.filing.SourceRef;
import org.junit.jupiter.api.Test;

class ProjectKeysTest {

    private static RawRow row(int n, String year, String department, String code, String name) {
        String[] cells = new String[Column.values().length];
        cells[Column.年度.ordinal()] = year;
        cells[Column.主管部门.ordinal()] = department;
        cells[Column.项目编码.ordinal()] = code;
        cells[Column.项目名称.ordinal()] = name;
        cells[Column.三级指标.ordinal()] = "x" + n;
        return new RawRow(new SourceRef("a.csv", "", n), Kind.TARGETS, cells);
    }

    @Test
    void rowsWithTheSameYearDepartmentAndNameAreOneProject() {
        ProjectKeys keys = new ProjectKeys();
        String a = keys.assign(row(2, "2025", "中共上海市嘉定区委组织部 (汇总)", null, "培训项目"));
        String b = keys.assign(row(3, "2025年度", "中共上海市嘉定区委组织部（汇总）", null, "培训 项目"));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void aCodeIdentifiesTheProjectWhenPresent() {
        ProjectKeys keys = new ProjectKeys();
        assertThat(keys.assign(row(2, "2025", "部门", "P-001", "旧名")))
                .isEqualTo(keys.assign(row(3, "2025", "部门", "P-001", "新名")));
    }

    @Test
    void aRowWithoutIdentityContinuesTheProjectAbove() {
        ProjectKeys keys = new ProjectKeys();
        String first = keys.assign(row(2, "2025", "部门", null, "培训项目"));
        RawRow continuation = row(3, null, null, null, null);
        assertThat(keys.assign(continuation)).isEqualTo(first);
        assertThat(continuation.get(Column.项目名称)).isEqualTo("培训项目");
    }

    /** 项目编码 on the project's first row only: the rows under it name the project and leave the code blank. */
    @Test
    void aRowWithTheSameNameAndNoCodeContinuesTheProjectAbove() {
        ProjectKeys keys = new ProjectKeys();
        String first = keys.assign(row(2, "2025", "部门", "31027824001", "培训项目"));
        RawRow next = row(3, "2025", "部门", null, "培训项目");
        assertThat(keys.assign(next)).isEqualTo(first);
        assertThat(next.get(Column.项目编码)).isEqualTo("31027824001");
        assertThat(keys.assign(row(4, "2025", "部门", null, "另一项目"))).as("another name is another project").isNotEqualTo(first);
        assertThat(keys.assign(row(5, "2025", "部门", "31027824002", "培训项目"))).as("another code is another project")
                .isNotEqualTo(first);
    }

    @Test
    void aRowNamingAnotherDepartmentIsNotAContinuation() {
        ProjectKeys keys = new ProjectKeys();
        String first = keys.assign(row(2, "2025", "部门甲", null, "培训项目"));
        assertThat(keys.assign(row(3, "2025", "部门乙", null, null))).isNotEqualTo(first);
    }

    /** A project whose 项目名称 was left blank on all its rows is a project of its own, not rows of the one above. */
    @Test
    void aProjectWithoutNameIsNotTakenIntoTheProjectAbove() {
        ProjectKeys keys = new ProjectKeys();
        String above = keys.assign(withAmount(row(2, "2025", "部门", null, "党建工作"), "100000"));
        keys.assign(withAmount(row(3, "2025", "部门", null, "党建工作"), "100000"));
        String nameless = keys.assign(withAmount(row(4, "2025", "部门", null, null), "4544100"));
        assertThat(nameless).isNotEqualTo(above);
        assertThat(keys.assign(withAmount(row(5, "2025", "部门", null, null), "4544100"))).as("its next row continues it").isEqualTo(nameless);
        assertThat(keys.assign(withAmount(row(6, "2025", "部门", null, null), null))).as("as does a row of blanks").isEqualTo(nameless);
    }

    private static RawRow withAmount(RawRow row, String amount) {
        row.cells()[Column.年度资金申请总额.ordinal()] = amount;
        return row;
    }
}
