package org.jixiao.summary;

import java.util.Comparator;
import org.jixiao.filing.DepartmentOrder;
import org.jixiao.filing.Departments;

/** A department within its 地区 and 年度: the unit of the department 汇总表 and the disclosure edition. */
public record Department(int year, String region, String name) {

    /** Report order: 年度, 地区 ({@link Departments#REGIONS}), then the departments by pinyin ({@link DepartmentOrder#PINYIN}). */
    public static final Comparator<Department> REPORT_ORDER = Comparator.comparingInt(Department::year)
            .thenComparing(Department::region, Departments.REGIONS).thenComparing(Department::name, DepartmentOrder.PINYIN);
}
