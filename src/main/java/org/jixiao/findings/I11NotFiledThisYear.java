package org.jixiao.findings;

import org.jixiao.filing.Kind;
import org.jixiao.filing.SourceRef;

/**
 * I11 上年报送、本年未报 (提示): without a 报送名单 for a 年度 and kind, a department that filed that kind
 * the 年度 before and not this one is named, so the bureau can ask ({@code roster/SubmissionStatus}
 * decides who is).
 */
public final class I11NotFiledThisYear {

    private I11NotFiledThisYear() {
    }

    /** @param lastYears where the department's filing of the 年度 before is */
    public static Finding of(SourceRef lastYears, String department, int year, Kind kind) {
        return new Finding(Rule.NOT_FILED_THIS_YEAR, lastYears.file(), lastYears.sheet(), lastYears.row(), "主管部门", department, null,
                "主管部门「" + department + "」报送了" + (year - 1) + "年度的" + kind.label() + "，" + year
                        + "年度尚未报送（未提供报送名单，按上年报送情况提示）");
    }
}
