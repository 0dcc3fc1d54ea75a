package org.jixiao.findings;

import org.jixiao.filing.Kind;
import org.jixiao.filing.SourceRef;

/**
 * W17 主管部门不在报送名单中 (问题): a department that filed a kind and 年度 the 报送名单 covers without
 * being listed for it is 名单外 in the 报送情况 ({@code roster/SubmissionStatus} decides who is); the
 * finding names the nearest roster name, which is most often the same department written another way.
 */
public final class W17DepartmentUnlisted {

    private W17DepartmentUnlisted() {
    }

    /**
     * @param where           where the department's filing is (its file and first row)
     * @param listedFor       the kinds the roster lists the department for that 年度 (as 应报类型 reads), null when not listed
     * @param nearest         the roster's nearest name, null when none is near
     * @param nearestNotFiled whether the nearest name has not filed this kind and 年度
     */
    public static Finding of(SourceRef where, int year, Kind kind, String department, String listedFor, String nearest,
            boolean nearestNotFiled) {
        String head = year + "年度" + kind.label() + "：主管部门「" + department + "」";
        String message;
        if (listedFor != null) {
            message = head + "在报送名单中只应报" + listedFor + "，却报送了" + kind.label() + "；请核对名单的应报类型";
        } else if (nearest != null) {
            message = head + "不在报送名单中；名单中最接近的是「" + nearest + "」" + (nearestNotFiled ? "（尚未报送）" : "")
                    + "，可能是名称写法不同或使用了旧名称，请核对名单或申报表中的主管部门";
        } else {
            message = head + "不在报送名单中，名单中也没有相近的名称；如应报送，请将其加入名单";
        }
        return new Finding(Rule.DEPARTMENT_UNLISTED, where.file(), where.sheet(), where.row(), "主管部门", department, null, message);
    }
}
