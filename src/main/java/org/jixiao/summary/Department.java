package org.jixiao.summary;

/** A department within its 地区 and 年度: the unit of the department 汇总表 and the disclosure edition. */
public record Department(int year, String region, String name) {
}
