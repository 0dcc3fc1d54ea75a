package org.jixiao.summary;

import java.util.Comparator;
import org.jixiao.filing.Departments;

/** A department within its 地区 and 年度: the unit of the department 汇总表 and the disclosure edition. */
public record Department(int year, String region, String name) {

    /** Report order: 年度, 地区 ({@link Departments#REGIONS}), then the departments ({@link Departments#NAMES}: pinyin). */
    public static final Comparator<Department> REPORT_ORDER = Comparator.comparingInt(Department::year)
            .thenComparing(Department::region, Departments.REGIONS).thenComparing(Department::name, Departments.NAMES);
}
