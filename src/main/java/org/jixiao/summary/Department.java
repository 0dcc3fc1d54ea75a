package org.jixiao.summary;

import java.util.Comparator;
import org.jixiao.filing.Departments;

/** A department within its 地区 and 年度: the unit of the department 汇总表 and the disclosure edition. */
public record Department(int year, String region, String name) {

    /** Report order: 年度, 地区 ({@link Departments#REGIONS}), then the departments ({@link Departments#NAMES}: pinyin). */
    public static final Comparator<Department> REPORT_ORDER = reportOrder(Departments.NAMES);

    /** Report order with the departments of a 地区 in {@code names}' order: a night's, its roster's when it has one. */
    public static Comparator<Department> reportOrder(Comparator<String> names) {
        return Comparator.comparingInt(Department::year).thenComparing(Department::region, Departments.REGIONS)
                .thenComparing(Department::name, names);
    }
}
